using System.Text.Json;

namespace Search.Core.Ingestion.JsonLines;

/// <summary>What a JSON Lines article is kept with but warned of: values an export most likely got wrong.</summary>
internal static class LineWarnings
{
    /// <summary>
    /// A date no news report has: before 1800, or more than a year ahead. Kept as given, with a warning: "0001-01-01", an export's
    /// empty date, stretched the date chart over twenty centuries without a word.
    /// </summary>
    public static string? ImplausibleDate(DateOnly? date) =>
        date is { } day && (day.Year < 1800 || day > DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1))
            ? $"the date {day:yyyy-MM-dd} is far from any news report's (an empty date in the export?); kept as given"
            : null;

    /// <summary>A key written twice: JSON leaves it to the reader, and the last one was taken silently.</summary>
    public static string? RepeatedKey(JsonElement root) =>
        root.EnumerateObject().GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1)?.Key is { } key
            ? $"the key '{key}' is written more than once; the last is taken"
            : null;
}
