using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>A place named as a point to measure from ("about 950 kilometers southeast of Manila"), not where anything happened.</summary>
internal static partial class PlaceReferences
{
    /// <summary>Whether the place named at <paramref name="at"/> in <paramref name="text"/> follows a distance.</summary>
    public static bool MeasuredFrom(string text, int at) =>
        Distance().IsMatch(text.AsSpan(Math.Max(0, at - 60), at - Math.Max(0, at - 60)));

    // "25 km (15 miles) east of", "about 210 kilometers (130 miles) southwest of", "100 miles from".
    [GeneratedRegex(@"\b(?:kilometers|kilometres|km|miles|mi)\b(?:\s*\([^)]{0,30}\))?(?:\s+(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:-?\w+)?)?\s+(?:of|from)\s+(?:the\s+(?:capital|city)\s*,?\s*)?$")]
    private static partial Regex Distance();
}
