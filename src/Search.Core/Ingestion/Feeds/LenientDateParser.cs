using System.Globalization;
using System.ServiceModel.Syndication;

namespace Search.Core.Ingestion.Feeds;

/// <summary>
/// Wraps a Syndication formatter's date parser so an unreadable date costs only that date. Syndication reads
/// items lazily and throws on the first date it cannot parse, which would lose that item and every item after
/// it; feeds in the wild write "yesterday" or RFC 822 dates with odd zones. Such a date is read as
/// <see cref="DateTimeOffset.MinValue"/>, which the reader takes for "no date".
/// </summary>
internal static class LenientDateParser
{
    public static TryParseDateTimeCallback Around(TryParseDateTimeCallback strict) =>
        (XmlDateTimeData data, out DateTimeOffset value) =>
        {
            if (strict(data, out value)) return true;
            if (DateTimeOffset.TryParse(data.DateTimeString, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value)) return true;
            value = DateTimeOffset.MinValue;
            return true;
        };
}
