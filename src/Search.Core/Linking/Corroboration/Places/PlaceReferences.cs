using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A place named as a point to measure from ("about 950 kilometers southeast of Manila"), as where someone spoke ("told
/// reporters in Bogota") or as a firm's seat ("the Munich-based company"), not where anything happened.
/// </summary>
internal static partial class PlaceReferences
{
    /// <summary>Whether the place named at <paramref name="at"/> in <paramref name="text"/> follows a distance.</summary>
    public static bool MeasuredFrom(string text, int at) =>
        Distance().IsMatch(text.AsSpan(Math.Max(0, at - 60), at - Math.Max(0, at - 60)));

    /// <summary>Whether the place named at <paramref name="at"/> is where the sentence's speaker spoke.</summary>
    public static bool SpokenFrom(string text, int at) =>
        Speaking().IsMatch(text.AsSpan(Math.Max(0, at - 60), at - Math.Max(0, at - 60)));

    /// <summary>Whether the place named up to <paramref name="end"/> is the seat of a firm or body ("the Munich-based company").</summary>
    public static bool SeatOf(string text, int end) => Seat().IsMatch(text.AsSpan(end));

    [GeneratedRegex(@"^-(?:based|headquartered)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Seat();

    /// <summary>Whether the place named up to <paramref name="end"/> names a currency ("the US dollar"), as extraction reads it.</summary>
    public static bool CurrencyOf(string text, int end) => Extraction.PlaceWords.CurrencyAfter(text, end);

    // "told reporters in", "said in", "speaking at a news conference in", "a briefing in".
    [GeneratedRegex(@"\b(?:told\s+(?:reporters|journalists|a\s+(?:news|press)\s+conference|a\s+briefing)|said|speaking|spoke|(?:news|press)\s+conference|briefing)\s+(?:(?:at|on)\s+[^,.;:]{1,30}?\s+)?in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speaking();

    // "25 km (15 miles) east of", "about 210 kilometers (130 miles) southwest of", "100 miles from".
    [GeneratedRegex(@"\b(?:kilometers|kilometres|km|miles|mi)\b(?:\s*\([^)]{0,30}\))?(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?\w+)?)?\s+(?:of|from)\s+(?:the\s+(?:capital|city)\s*,?\s*)?$")]
    private static partial Regex Distance();
}
