using System.Globalization;
using System.ServiceModel.Syndication;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// Wraps a Syndication formatter's date parser so an unreadable date costs only that date. Syndication reads
/// items lazily and throws on the first date it cannot parse, which would lose that item and every item after
/// it; feeds in the wild write "yesterday" or RFC 822 dates with odd zones. Such a date is read as
/// <see cref="Unreadable"/>, which the reader takes for "no date" and reports.
/// </summary>
internal static class LenientDateParser
{
    /// <summary>
    /// The value of a date that could not be read: one tick past <see cref="DateTimeOffset.MinValue"/>, which is also the value
    /// of a date not given at all, so the two can be told apart. No feed dates an item then.
    /// </summary>
    public static readonly DateTimeOffset Unreadable = DateTimeOffset.MinValue.AddTicks(1);

    public const string Warning = "the item's date could not be read (RFC 822 or ISO 8601 expected), so the article is dated from its text, if at all";

    public static bool IsDate(DateTimeOffset value) => value != default && value != Unreadable;

    /// <summary>
    /// A date written as a day alone ("2022-01-01"), marked as such: its midnight and one tick, which no feed writes. A day
    /// gives no moment, as an HTML page's does not; it was read as 00:00 UTC, shown as the hour and ordering the day's articles.
    /// </summary>
    public static DateTimeOffset? Day(string? written) =>
        DateOnly.TryParseExact(written?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddTicks(1) : null;

    /// <summary>Whether the date was written as a day alone (<see cref="Day"/>).</summary>
    public static bool IsDayOnly(DateTimeOffset value) => value.Offset == TimeSpan.Zero && value.Ticks % TimeSpan.TicksPerDay == 1;

    public static TryParseDateTimeCallback Around(TryParseDateTimeCallback strict) =>
        (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (Day(data.DateTimeString) is { } day)
            {
                value = day;
                return true;
            }
            if (strict(data, out value)) return true;
            if (DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return true;
            value = Unreadable;
            return true;
        };
}
