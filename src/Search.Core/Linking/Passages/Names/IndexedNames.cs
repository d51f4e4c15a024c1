using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Search.Core.Facets;

namespace Search.Core.Linking.Passages;

/// <summary>
/// The names of people, organizations and places that the index's articles carry (their facet values) and that hold a word
/// of a shorter name: "American Motors Corp" holds "American", a name of the United States. The gazetteer knows only some
/// such names (<see cref="EnclosingNames"/>): on Reuters-21578, passages for US marked "American" in some 200 company names
/// it lacks. A company's legal ending ("Corp", "Inc", "Co") is left out of the name, as a report writes "American Motors".
/// </summary>
/// <remarks>Thread-safe: each word is read once per reader, and the reading kept while the reader lives.</remarks>
internal sealed class IndexedNames(Analyzer analyzer, string field)
{
    /// <summary>At most this many names per word: each is a span the search must also read.</summary>
    public const int MostNamesPerWord = 256;

    private static readonly HashSet<string> LegalEndings = new(StringComparer.Ordinal)
        { "corp", "corpor", "inc", "co", "compani", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "cos", "group" };

    private readonly ConditionalWeakTable<FacetOrdinals, ConcurrentDictionary<string, IReadOnlyList<IndexedName>>> _byReader = new();

    /// <summary>The names, as <paramref name="field"/>'s words with their positions, that hold the analyzed <paramref name="word"/> among other words.</summary>
    public IReadOnlyList<IndexedName> Holding(string word, FacetOrdinals ordinals) =>
        _byReader.GetValue(ordinals, _ => new()).GetOrAdd(word, w => Read(w, ordinals));

    private readonly ConditionalWeakTable<FacetOrdinals, ConcurrentDictionary<(string, string), bool>> _namesByReader = new();

    /// <summary>
    /// Whether some name of <paramref name="entityField"/> is <paramref name="words"/> and no more, its legal ending aside: "Texaco Inc"
    /// is "texaco", so the word alone names the company, where "security" names none.
    /// </summary>
    public bool IsName(string entityField, IReadOnlyList<(string Text, int Position)> words, FacetOrdinals ordinals) =>
        words.Count > 0 && _namesByReader.GetValue(ordinals, _ => new())
            .GetOrAdd((entityField, string.Join(' ', words.Select(w => w.Text))), key => ReadIsName(key.Item1, key.Item2, ordinals));

    private bool ReadIsName(string entityField, string words, FacetOrdinals ordinals)
    {
        string first = words.Split(' ')[0].TrimEnd('.');
        foreach (var dimension in FacetDimension.All.Where(d => d.Field == entityField && d.EntityType != null))
            foreach (string label in ordinals[dimension].Labels)
            {
                if (!label.Contains(first, StringComparison.OrdinalIgnoreCase)) continue;
                var name = Analysis.AnalyzedTokens.Of(analyzer, field, label);
                while (name.Count > 1 && LegalEndings.Contains(name[^1].Text)) name.RemoveAt(name.Count - 1);
                if (string.Join(' ', name.Select(w => w.Text)) == words) return true;
            }
        return false;
    }

    private List<IndexedName> Read(string word, FacetOrdinals ordinals)
    {
        var names = new List<IndexedName>();
        // The word's letters, to pass over the names that cannot hold it before analysing any ("u." is too short to tell).
        string letters = word.TrimEnd('.');
        if (letters.Length < 3) return names;
        foreach (var dimension in FacetDimension.All.Where(d => d.EntityType != null))
            foreach (string label in ordinals[dimension].Labels)
            {
                if (!label.Contains(letters, StringComparison.OrdinalIgnoreCase)) continue;
                var words = Analysis.AnalyzedTokens.Of(analyzer, field, label);
                while (words.Count > 2 && LegalEndings.Contains(words[^1].Text)) words.RemoveAt(words.Count - 1);
                if (words.Count < 2 || !words.Any(w => w.Text == word)) continue;
                names.Add(new IndexedName(dimension.Field, label, words));
                if (names.Count == MostNamesPerWord) return names;
            }
        return names;
    }
}

/// <summary>An entity name the index holds, as its entity field (<c>person</c>, <c>org</c>, <c>place</c>), its facet value and its words with their positions.</summary>
internal sealed record IndexedName(string Field, string Label, IReadOnlyList<(string Text, int Position)> Words);
