namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Counts that a report gives the day they are announced, and that a later day's report gives anew for another event: a firm's
/// results, the stores, branches or plants it closes, a fine, a takeover's terms, a jury's award, the lawsuits a firm faces, an economy's rates, the prisoners a swap or
/// an amnesty frees, the vehicles a recall covers. Such a count in reports days apart is of two events: "Revenue slipped to
/// £3.1 billion" and a rival's "Sales rose 2 percent to 1.4 billion pounds" a week later, or a swap's nine prisoners and an
/// amnesty's sixteen. A storm's winds, a tornado's rating and the areas under a state of emergency, a curfew, water rationing or
/// closed schools are compared on their day alone too: a storm weakens, a survey raises a rating, and a measure is widened.
/// </summary>
internal static class DayCounts
{
    public static bool Is(Figure figure) =>
        Earnings.IsSum(figure.Event) || Indicators.Reads(figure.Event) || Fines.Reads(figure.Event) || Deals.Reads(figure.Event)
        || Damages.Reads(figure.Event) || figure.Event is "released" or "recalled" or "wind" or "rating" or "lawsuits" || AreaMeasures.Reads(figure.Event)
        || figure is { Event: "closed", Subject: "stores" or "branches" or "plants" };

    /// <summary>
    /// Counts that grow by the hour, compared between reports of one day alone: a wildfire's area and its containment
    /// ("12,400 acres" on Tuesday, "more than 16,000 acres" on Wednesday).
    /// </summary>
    public static bool Growing(Figure figure) => figure.Event is "burned" or "contained";

    /// <summary>The counts of this kind that a text (a report's title and lead) gives.</summary>
    public static List<Figure> In(string text) =>
        [.. Releases.In(text), .. Recalls.In(text), .. Earnings.In(text), .. Indicators.In(text), .. Fines.In(text)];
}
