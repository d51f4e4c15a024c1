using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// The moment a publication date written with its time of day gives ("2022-01-06T14:03:00+06:00", "Thu, 06 Jan 2022
/// 08:03:00 GMT"), or null for a day alone. A time written without a zone is read as UTC, as ISO 8601 leaves it open.
/// </summary>
internal static partial class PublishedMoment
{
    public static DateTimeOffset? Of(string? text) =>
        text != null && TimeOfDay().IsMatch(text)
        && DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment)
            ? moment : null;

    [GeneratedRegex(@"\d{1,2}:\d{2}")]
    private static partial Regex TimeOfDay();
}
