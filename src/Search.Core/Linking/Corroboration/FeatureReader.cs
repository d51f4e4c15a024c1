using Lucene.Net.Analysis;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>Reads the <see cref="SentenceFeatures"/> of sentences, weighting words by how rare they are among the passages.</summary>
/// <param name="withinCountry">Whether a place (by canonical name) is part of a country, such as a city or a region.</param>
internal sealed class FeatureReader(Analyzer analyzer, NewsSynonyms synonyms, Func<string, float> rarity, Func<string, bool> withinCountry)
{
    /// <summary>An exact number or a calendar day shared by two reports is strong evidence of one fact; a small number ("two") less so.</summary>
    public const float NumberWeight = 3f, SmallNumberWeight = 1.5f, DayWeight = 3f, EntityWeight = 1.5f;

    public SentenceFeatures Read(string anchor, string sentence, IReadOnlyList<Entity> entities)
    {
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var words = new List<string?>();
        foreach (string stem in Stems.Of(analyzer, sentence))
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
        var named = new List<(int Start, int End)>();
        bool local = false;
        foreach (var entity in entities)
        {
            var spans = entity.Mentions.Append(entity.Name).Where(m => m.Length > 1).SelectMany(m => Occurrences(sentence, m)).ToList();
            if (spans.Count == 0) continue;
            named.AddRange(spans);
            weights["e:" + entity.Name] = EntityWeight;
            local |= entity.Type == EntityType.Place && withinCountry(entity.Name);
        }
        // A number inside a name ("Khabar 24", "Boeing 737", "G7") is part of the name, not a count or a fact's figure.
        bool InName(int start, int end) => named.Any(n => start >= n.Start && end <= n.End);
        foreach (var number in NumberMentions.In(sentence).Where(n => !n.Vague && !InName(n.Start, n.End)))
            weights["n:" + number.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture)] = number.Value < 10 ? SmallNumberWeight : NumberWeight;
        foreach (string day in NumberMentions.DaysIn(sentence))
            weights["d:" + day] = DayWeight;
        var figures = Figures.In(sentence).Where(f => !InName(f.Number.Start, f.Number.End)).Select(f => f with { Local = local }).ToList();
        return new SentenceFeatures(anchor, sentence, weights, figures) { Words = words };
    }

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string mention)
    {
        for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + mention.Length, StringComparison.Ordinal))
            yield return (at, at + mention.Length);
    }
}
