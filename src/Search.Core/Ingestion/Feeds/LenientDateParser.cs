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

    public static TryParseDateTimeCallback Around(TryParseDateTimeCallback strict) =>
        (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (strict(data, out value)) return true;
            if (DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return true;
            value = Unreadable;
            return true;
        };
}
