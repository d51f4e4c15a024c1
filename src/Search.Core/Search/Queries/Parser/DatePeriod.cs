using System.Globalization;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

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

/// <summary>The date field's clauses: a day, a month or a year, an open range as Kibana writes it, and a range of them.</summary>
internal static class DateClauses
{
    /// <summary><c>date:1987</c>, <c>date:1987-03</c>, <c>date:1987-03-01</c>, or <c>date:&gt;1987-03-01</c>.</summary>
    public static Query Of(string text)
    {
        var (from, to) = DatePeriod.ParseOpen(text) is { } open ? open
            : DatePeriod.Parse(text) is { } period ? (period.First, period.Last) : throw NotADay(text);
        return Days(from, to);
    }

    /// <summary>
    /// <c>date:[1987-03 TO 1987-04]</c>: each end a day, a month or a year, inclusive or not, or open (<c>*</c>). A reversed
    /// range, or one whose exclusive ends leave no day, is the user's mistake to hear about, as in the form's from/to fields.
    /// </summary>
    public static Query Range(string? part1, string? part2, bool startInclusive, bool endInclusive)
    {
        DatePeriod? low = part1 is null or "*" ? null : DatePeriod.Parse(part1) ?? throw NotADay(part1);
        DatePeriod? high = part2 is null or "*" ? null : DatePeriod.Parse(part2) ?? throw NotADay(part2);
        if (low?.First > high?.Last)
            throw new InvalidSearchRequestException([new SearchError("q", $"The date range [{part1} TO {part2}] ends before it starts; put the earlier day first.")]);
        DateOnly? from = low is { } l ? startInclusive ? l.First : l.Last.AddDays(1) : null;
        DateOnly? to = high is { } h ? endInclusive ? h.Last : h.First.AddDays(-1) : null;
        // {2022-01-06 TO 2022-01-07} found nothing, without a word.
        if (from > to)
        {
            string range = $"{(startInclusive ? '[' : '{')}{part1} TO {part2}{(endInclusive ? ']' : '}')}";
            throw new InvalidSearchRequestException([new SearchError("q", $"The date range {range} holds no day: an end in braces {{}} is left out; write [{part1} TO {part2}] for both days.")]);
        }
        return Days(from, to);
    }

    public static ParseException NotADay(string text) =>
        new($"'{text}' is not a date ({DatePeriod.Forms}; for a span of days, date:[2022-01-01 TO 2022-01-31] or date:>2022-01-06)");

    private static NumericRangeQuery<int> Days(DateOnly? from, DateOnly? to) =>
        NumericRangeQuery.NewInt32Range(ArticleFields.Date, ArticleFields.DatePrecisionStep,
            from is { } f ? ArticleDocumentBuilder.DateNumber(f) : null, to is { } t ? ArticleDocumentBuilder.DateNumber(t) : null, true, true);
}
