using System.Globalization;

namespace Search.Core.Search;

/// <summary>
/// A day, a month or a year as a date clause writes it (<c>2022-01-06</c>, <c>2022-01</c>, <c>2022</c>): its first and last
/// days. Elasticsearch and Solr take a year or a month in a date field; <c>date:1987</c> was read as the words "date 1987".
/// </summary>
internal readonly record struct DatePeriod(DateOnly First, DateOnly Last)
{
    public const string Forms = "yyyy-MM-dd, yyyy-MM or yyyy";

    public static DatePeriod? Parse(string text)
    {
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day)) return new(day, day);
        if (DateOnly.TryParseExact(text, "yyyy-MM", culture, DateTimeStyles.None, out var month))
            return new(month, month.AddMonths(1).AddDays(-1));
        if (text.Length == 4 && DateOnly.TryParseExact(text, "yyyy", culture, DateTimeStyles.None, out var year))
            return new(year, year.AddYears(1).AddDays(-1));
        return null;
    }

    /// <summary>
    /// An open range as Kibana writes it (<c>&gt;2022-01-06</c>, <c>&lt;=2022-01</c>): its first and last days, null for an open
    /// end; null when the text is no such range.
    /// </summary>
    public static (DateOnly? From, DateOnly? To)? ParseOpen(string text)
    {
        string op = text.StartsWith(">=", StringComparison.Ordinal) || text.StartsWith("<=", StringComparison.Ordinal) ? text[..2]
            : text.StartsWith('>') || text.StartsWith('<') ? text[..1] : "";
        if (op.Length == 0 || Parse(text[op.Length..]) is not { } period) return null;
        return op switch
        {
            ">" => (period.Last.AddDays(1), null),
            ">=" => (period.First, null),
            "<" => (null, period.First.AddDays(-1)),
            _ => (null, period.Last),
        };
    }
}
