using System.Text.RegularExpressions;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// A name of several words typed in one of its spellings ("Kasim-Yomart Tokayev", "Kasym-Zhomart Tokayev") also finds the
/// articles that name the entity otherwise, as a one-word alias does (<see cref="AliasQueryExpander"/>): each run of two or
/// more capitalised words is searched as those words, or as the phrase among the entity names
/// (<c>((Kasim-Yomart AND Tokayev) OR person:"Kasim-Yomart Tokayev" OR org:… OR place:…)</c>), where each entity is indexed
/// under all its gazetteer names and the articles' own spellings. Typed as one outlet wrote it, a name found that outlet
/// alone, and the side-by-side view listed the others as silent.
/// </summary>
internal static partial class NameRuns
{
    // A capitalised word of letters, with the hyphens, apostrophes and dots names have: no syntax, no operator.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*\p{L}$")]
    private static partial Regex NameWord();

    /// <summary>The query text with each run of capitalised words outside quotes widened to the entity names; else as it is.</summary>
    public static string Widened(string text)
    {
        var tokens = text.Split(' ');
        var result = new List<string>();
        int quotes = 0;
        for (int i = 0; i < tokens.Length;)
        {
            int end = i;
            while (end < tokens.Length && quotes % 2 == 0 && IsNameWord(tokens[end])) end++;
            if (end - i >= 2)
            {
                result.Add(Group(tokens[i..end]));
                i = end;
                continue;
            }
            quotes += tokens[i].Count(c => c == '"');
            result.Add(tokens[i++]);
        }
        return string.Join(' ', result);
    }

    private static bool IsNameWord(string token) => NameWord().IsMatch(token) && token is not ("AND" or "OR" or "NOT");

    private static string Group(string[] words)
    {
        string name = string.Join(' ', words);
        return "((" + string.Join(" AND ", words) + ") OR " + string.Join(" OR ", ArticleFields.EntityFields.Select(f => $"{f}:\"{name}\"")) + ")";
    }
}
