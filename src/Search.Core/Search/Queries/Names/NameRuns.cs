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
        int next = 0;
        foreach (var (start, end) in Spans(tokens))
        {
            result.AddRange(tokens[next..start]);
            result.Add(Group(tokens[start..end]));
            next = end;
        }
        result.AddRange(tokens[next..]);
        return string.Join(' ', result);
    }

    /// <summary>The runs of the query text: two or more capitalised words outside quotes, with the small words that join names.</summary>
    public static IEnumerable<string[]> Runs(string text)
    {
        var tokens = text.Split(' ');
        return Spans(tokens).Select(span => tokens[span.Start..span.End]);
    }

    // Each run as the span of tokens it takes: a name word, then name words or joining words, ending on a name word.
    private static List<(int Start, int End)> Spans(string[] tokens)
    {
        var spans = new List<(int, int)>();
        int quotes = 0;
        for (int i = 0; i < tokens.Length;)
        {
            int end = i, names = 0;
            for (int k = i; k < tokens.Length && quotes % 2 == 0; k++)
            {
                if (IsNameWord(tokens[k])) { end = k + 1; names++; }
                else if (k == i || !Joins(tokens[k])) break;
            }
            if (names >= 2)
            {
                spans.Add((i, end));
                i = end;
                continue;
            }
            quotes += tokens[i].Count(c => c == '"');
            i++;
        }
        return spans;
    }

    private static bool IsNameWord(string token) => NameWord().IsMatch(token) && token is not ("AND" or "OR" or "NOT");

    // The lower-case words inside names: "Bank of America", "Ministry for Emergency Situations", "Charles de Gaulle".
    private static bool Joins(string token) => token is "of" or "for" or "de" or "del" or "da" or "di" or "du" or "van" or "von" or "der" or "al" or "bin";

    private static string Group(string[] words)
    {
        string name = string.Join(' ', words);
        return "((" + string.Join(" AND ", words) + ") OR " + string.Join(" OR ", ArticleFields.EntityFields.Select(f => $"{f}:\"{name}\"")) + ")";
    }
}
