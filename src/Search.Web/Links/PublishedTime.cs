using System.Globalization;

namespace Search.Web.Links;

/// <summary>How a page writes a moment of publication beside its day: "14:03 (UTC+06:00)", "08:03 UTC".</summary>
public static class PublishedTime
{
    public static string Of(DateTimeOffset moment) =>
        moment.ToString("HH:mm", CultureInfo.InvariantCulture) + (moment.Offset == TimeSpan.Zero ? " UTC"
            : $" (UTC{(moment.Offset < TimeSpan.Zero ? "−" : "+")}{moment.Offset.Duration():hh\\:mm})");

    /// <summary>The machine-readable form, for a <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
