using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Counts of things in units of their own, as the figures read them: an oil spill's oil in barrels, tonnes, gallons or litres
/// ("About 2,000 barrels of crude oil spilled", "raised its estimate of the crude spilled to 8,500 barrels"), the coast it
/// reached in kilometres ("along 72 kilometres of coastline"; miles are read as kilometres) and the beaches closed; an
/// airport's flights cancelled or diverted; homes damaged or destroyed; households without power; a firm's jobs cut and its
/// plants, stores or branches closed. A unit counts only its own kind of event: "40 km from the city, killed 12" is no toll of kilometres.
/// </summary>
internal static partial class Measures
{
    private static readonly Dictionary<string, string[]> EventsOfUnit = new(StringComparer.Ordinal)
    {
        ["barrels"] = ["spilled"], ["tonnes"] = ["spilled"], ["gallons"] = ["spilled"], ["litres"] = ["spilled"],
        ["km"] = ["coastline"], ["miles"] = ["coastline"], ["beaches"] = ["closed"], ["plants"] = ["closed"], ["stores"] = ["closed"], ["branches"] = ["closed"], ["flights"] = ["cancelled"], ["jobs"] = ["cut"],
        ["schools"] = ["closed"],
        ["homes"] = ["damaged", "destroyed"], ["households"] = ["without power"],
    };

    private static readonly HashSet<string> UnitEvents = EventsOfUnit.Values.SelectMany(e => e).ToHashSet(StringComparer.Ordinal);

    private const double KilometresInAMile = 1.609344;

    /// <summary>The figures with each unit kept to its event, each of those events kept to its units, and miles as kilometres.</summary>
    public static List<Figure> Fitted(List<Figure> figures)
    {
        for (int i = figures.Count - 1; i >= 0; i--)
        {
            var figure = figures[i];
            // A blackout's homes, households and customers are one count: "2.8 million homes" and "3.1 million households".
            if (figure.Event == "without power" && figure.Subject is "homes" or "families") figures[i] = figure = figure with { Subject = "households" };
            bool unitSubject = figure.Subject != null && EventsOfUnit.ContainsKey(figure.Subject);
            if (unitSubject && !EventsOfUnit[figure.Subject!].Contains(figure.Event)) figures.RemoveAt(i);
            // "12 schools were closed", "oil leaked for three hours": no measure of the spill.
            else if (!unitSubject && UnitEvents.Contains(figure.Event)) figures[i] = figure with { Subject = null };
            else if (figure.Subject == "miles")
                figures[i] = figure with
                {
                    Subject = "km",
                    Number = figure.Number with { Value = figure.Number.Value * KilometresInAMile, Low = figure.Number.Low * KilometresInAMile, High = figure.Number.High * KilometresInAMile },
                };
        }
        return figures;
    }

    /// <summary>
    /// Jobs cut are the firm's the sentence names: "Vorland will cut about 3,000 jobs" and "Brenntal Stahl will cut 1,200 jobs"
    /// are two counts. A sentence that names no firm, or several, says no one firm's count: a blind probe's carmaker, whose
    /// name extraction did not know, was flagged against a steelmaker's cuts a week later.
    /// </summary>
    public static Func<Figure, Figure> OfFirm(IReadOnlyList<string> organizations) => figure =>
        figure.Subject != "jobs" ? figure
            : figure with { Subject = organizations.Count == 1 ? "jobs at " + organizations[0] : null };

    // A number in brackets right after another count and its unit is that count converted: "6,000 barrels (252,000 gallons)",
    // "25 miles (40 kilometers)", "500,000 rupees ($5,500)". It counts nothing more.
    [GeneratedRegex(@"\d[^\d().;]{0,25}\(\s*(?:about\s+|some\s+|around\s+)?[$€£]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Conversion();

    // An estimate of the spill before its number: "raised its estimate of the crude oil spilled off Paita to", "put the volume
    // leaked at".
    [GeneratedRegex(@"\b(?:estimate|volume|amount|quantity)\b[^.;:]{0,100}?\b(?:spilled|spilt|leaked|lost)\b[^.;:]{0,60}?\b(?:to|at|as)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Estimate();
}
