using System.Text.RegularExpressions;

namespace Search.Core.Tests.Ingestion.Html;

/// <summary>
/// Word-level precision, recall and F1 of extracted text against gold text, as bags of words (lower-cased runs of
/// letters and digits): the measure CleanEval and most boilerplate-removal papers use, blind to paragraph breaks.
/// </summary>
internal sealed partial record WordOverlap(int Extracted, int Gold, int Common)
{
    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public double Precision => Extracted == 0 ? 0 : (double)Common / Extracted;
    public double Recall => Gold == 0 ? 0 : (double)Common / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static WordOverlap Of(IEnumerable<string> extracted, IEnumerable<string> gold)
    {
        var found = Bag(extracted);
        var wanted = Bag(gold);
        int common = found.Sum(w => Math.Min(w.Value, wanted.GetValueOrDefault(w.Key)));
        return new WordOverlap(found.Values.Sum(), wanted.Values.Sum(), common);
    }

    /// <summary>Pooled over pages: every word counts the same, so long pages weigh more than short ones.</summary>
    public static WordOverlap Sum(IEnumerable<WordOverlap> pages)
    {
        var all = pages.ToList();
        return new WordOverlap(all.Sum(p => p.Extracted), all.Sum(p => p.Gold), all.Sum(p => p.Common));
    }

    private static Dictionary<string, int> Bag(IEnumerable<string> texts)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string text in texts)
            foreach (Match word in Word().Matches(text.ToLowerInvariant()))
                bag[word.Value] = bag.GetValueOrDefault(word.Value) + 1;
        return bag;
    }
}
