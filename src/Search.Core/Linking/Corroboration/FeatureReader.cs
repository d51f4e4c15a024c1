using Lucene.Net.Analysis;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Reads the <see cref="SentenceFeatures"/> of sentences, weighting words by how rare they are among the passages. The
/// gazetteer tells which places lie inside a country (for figures) and which names are news outlets (for attribution).
/// </summary>
internal sealed class FeatureReader(Analyzer analyzer, NewsSynonyms synonyms, Func<string, float> rarity, Gazetteer gazetteer)
{
    /// <summary>An exact number or a calendar day shared by two reports is strong evidence of one fact; a small number ("two") less so.</summary>
    public const float NumberWeight = 3f, SmallNumberWeight = 1.5f, DayWeight = 3f, EntityWeight = 1.5f;

    public SentenceFeatures Read(string anchor, string sentence, IReadOnlyList<Entity> entities)
    {
        var (read, named, places, names) = Names(sentence, entities);
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (string name in names) weights["e:" + name] = EntityWeight;

        // A reporter's qualifier is part of the count it qualifies ("more than 2,000", "at least 13"), which the number feature
        // reads: two sentences that both say "more than" share no fact by it.
        var numbers = NumberMentions.In(read);
        string wording = read;
        foreach (var number in numbers)
            wording = string.Concat(wording.AsSpan(0, number.Start), new string(' ', number.QualifierEnd - number.Start), wording.AsSpan(number.QualifierEnd));

        // A word of a name does not say what happened: "Treaty" in Collective Security Treaty Organization, "Peacekeeping" in
        // CSTO Peacekeeping Collective Forces.
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in named)
            foreach (string stem in Stems.Of(analyzer, wording[start..end])) nameWords.Add("w:" + synonyms.Group(stem));

        var words = new List<string?>();
        foreach (string stem in Stems.Of(analyzer, wording))
        {
            if (stem.All(char.IsAsciiDigit))
            {
                words.Add(null); // numbers are read as numbers below, in any spelling
                continue;
            }
            string key = "w:" + synonyms.Group(stem);
            weights[key] = Math.Max(weights.GetValueOrDefault(key), rarity(stem));
            words.Add(key);
        }
        // A number inside a name ("Khabar 24", "Boeing 737", "G7") is part of the name, not a count or a fact's figure.
        bool InName(int start, int end) => named.Any(n => start >= n.Start && end <= n.End);
        foreach (var number in numbers.Where(n => !n.Vague && !InName(n.Start, n.End)))
            weights["n:" + number.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)] = number.Value < 10 ? SmallNumberWeight : NumberWeight;
        foreach (string day in NumberMentions.DaysIn(read))
            weights["d:" + day] = DayWeight;
        return new SentenceFeatures(anchor, sentence, weights, FiguresOf(read, named, places)) { Words = words, NameWords = nameWords };
    }

    /// <summary>The sentence's figures alone, read as <see cref="Read"/> reads them, without its words.</summary>
    public IReadOnlyList<Figure> ReadFigures(string sentence, IReadOnlyList<Entity> entities)
    {
        var (read, named, places, _) = Names(sentence, entities);
        return FiguresOf(read, named, places);
    }

    // A number inside a name ("Khabar 24") is no count.
    private static List<Figure> FiguresOf(string read, List<(int Start, int End)> named, HashSet<string> places) =>
        Figures.In(read).Where(f => !named.Any(n => f.Number.Start >= n.Start && f.Number.End <= n.End)).Select(f => f with { Places = places }).ToList();

    /// <summary>
    /// The sentence with its outlets' names blanked out, where its other entities are named, the places inside a country (cities,
    /// regions) it names, and those entities' canonical names.
    /// </summary>
    private (string Read, List<(int Start, int End)> Named, HashSet<string> Places, List<string> Names) Names(string sentence, IReadOnlyList<Entity> entities)
    {
        // Who reported it is not what was reported: two reports that both cite TASS or Khabar 24 share a source, not a fact.
        // The outlets' names are blanked out (same length, so every other span stays where it is) before anything is read.
        string read = sentence;
        var named = new List<(int Start, int End)>();
        var names = new List<string>();
        var places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            var spans = entity.Mentions.Append(entity.Name).Where(m => m.Length > 1).SelectMany(m => Occurrences(sentence, m)).ToList();
            if (spans.Count == 0) continue;
            if (gazetteer.Find(entity.Name) is { IsOutlet: true })
            {
                foreach (var (start, end) in spans) read = string.Concat(read.AsSpan(0, start), new string(' ', end - start), read.AsSpan(end));
                continue;
            }
            named.AddRange(spans);
            names.Add(entity.Name);
            if (entity.Type == EntityType.Place && gazetteer.Find(entity.Name) is { Type: EntityType.Place, Country: not null }) places.Add(entity.Name);
        }
        return (read, named, places, names);
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string mention)
    {
        for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
            yield return (at, at + mention.Length);
    }
}
