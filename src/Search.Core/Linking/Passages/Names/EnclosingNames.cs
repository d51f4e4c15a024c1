using Lucene.Net.Analysis;
using Search.Core.Extraction;

namespace Search.Core.Linking.Passages;

/// <summary>
/// The gazetteer's names that hold a shorter name inside them: "Bank of America", "South America" and "Voice of America"
/// hold "America", which is also a name of the United States. A passage that says "Bank of America" names the bank, not
/// the country, as extraction reads the longest name; a search for the country by its other names must skip such words.
/// </summary>
/// <remarks>Thread-safe: the look-up is built once, on first use.</remarks>
internal sealed class EnclosingNames(Gazetteer gazetteer, Analyzer analyzer, string field)
{
    private readonly Lazy<Dictionary<string, List<Name>>> _byWord = new(() => ByWord(gazetteer, analyzer, field));

    /// <summary>
    /// The names of entities other than <paramref name="of"/> that hold <paramref name="words"/> (analyzed, with positions)
    /// in order and at the same distances, and more words besides.
    /// </summary>
    public IEnumerable<IReadOnlyList<(string Text, int Position)>> Holding(IReadOnlyList<(string Text, int Position)> words, IReadOnlyCollection<GazetteerEntry> of)
    {
        if (words.Count == 0 || !_byWord.Value.TryGetValue(words[0].Text, out var names)) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
            if (name.Words.Count > words.Count && !of.Contains(name.Entry) && Holds(name.Words, words)
                && seen.Add(string.Join(' ', name.Words.Select(w => $"{w.Text}@{w.Position}"))))
                yield return name.Words;
    }

    // Whether the words appear in the name at some start, each at its place relative to the first.
    public static bool Holds(IReadOnlyList<(string Text, int Position)> name, IReadOnlyList<(string Text, int Position)> words)
    {
        for (int start = 0; start < name.Count; start++)
        {
            if (name[start].Text != words[0].Text) continue;
            int offset = name[start].Position - words[0].Position;
            if (words.All(w => name.Any(n => n.Text == w.Text && n.Position == w.Position + offset))) return true;
        }
        return false;
    }

    private static Dictionary<string, List<Name>> ByWord(Gazetteer gazetteer, Analyzer analyzer, string field)
    {
        var byWord = new Dictionary<string, List<Name>>(StringComparer.Ordinal);
        foreach (var entry in gazetteer.Entries)
            foreach (string text in entry.AllNames)
            {
                var words = Analysis.AnalyzedTokens.Of(analyzer, field, text);
                if (words.Count < 2) continue;
                foreach (string word in words.Select(w => w.Text).Distinct(StringComparer.Ordinal))
                {
                    if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
                    list.Add(new Name(entry, words));
                }
            }
        return byWord;
    }

    private sealed record Name(GazetteerEntry Entry, IReadOnlyList<(string Text, int Position)> Words);
}
