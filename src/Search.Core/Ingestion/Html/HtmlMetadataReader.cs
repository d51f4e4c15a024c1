using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// Reads what a news page states about its article: the Open Graph and article meta tags, schema.org
/// JSON-LD, <c>&lt;link rel=canonical&gt;</c>, <c>rel=author</c> links, <c>&lt;time datetime&gt;</c> and
/// <c>&lt;html lang&gt;</c>. Meta tags win over JSON-LD, which wins over what is only in the body.
/// </summary>
internal static partial class HtmlMetadataReader
{
    public const string Origin = "HTML meta";

    [GeneratedRegex(@"^\s*(\d{4}-\d{2}-\d{2})")]
    private static partial Regex IsoDayPrefix();

    [GeneratedRegex(@"\s*(?:,|;|\band\b|&)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\s*by\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ByPrefix();

    /// <param name="dateProblem">Why the page's own date was not taken, when it gives one that does not read; else null.</param>
    public static GivenMetadata Read(IDocument page, out string? dateProblem)
    {
        var jsonLd = JsonLdArticle.From(page);
        string? source = Clean(Meta(page, "og:site_name")) ?? Clean(jsonLd?.Publisher);
        return new GivenMetadata
        {
            Origin = Origin,
            Title = PageTitle.Of(page, jsonLd?.Headline, source),
            Date = Date(page, jsonLd, out dateProblem, out var published),
            Published = published,
            Source = source,
            Url = Clean(page.QuerySelector("link[rel~='canonical']")?.GetAttribute("href")) ?? Clean(Meta(page, "og:url")) ?? Clean(jsonLd?.Url),
            Authors = Authors(page, jsonLd),
            Language = Clean(page.DocumentElement.GetAttribute("lang")) ?? Clean(jsonLd?.Language) ?? Clean(Meta(page, "content-language")),
        };
    }

    /// <summary>The content of a <c>&lt;meta&gt;</c> named by <c>property</c>, <c>name</c>, <c>itemprop</c> or <c>http-equiv</c>.</summary>
    internal static string? Meta(IDocument page, string key) => MetaTag(page, key)?.GetAttribute("content");

    private static IElement? MetaTag(IDocument page, string key) =>
        page.QuerySelectorAll("meta")
            .FirstOrDefault(m => new[] { "property", "name", "itemprop", "http-equiv" }.Any(a => string.Equals(m.GetAttribute(a), key, StringComparison.OrdinalIgnoreCase)));

    // The day as the page writes it: "2023-11-29T18:40:00+00:00" is 29 November wherever it is read. The first date of the
    // page's that reads wins; a written one ("January 6, 2022", "Thu, 06 Jan 2022 10:00:00 GMT") reads only with its month
    // named, since "01/06/2022" is 1 June to some pages and 6 January to others.
    private static DateOnly? Date(IDocument page, JsonLdArticle? jsonLd, out string? problem, out DateTimeOffset? published)
    {
        published = null;
        var article = page.QuerySelector("article") ?? page.QuerySelector("main") ?? page.Body;
        // Each with the tag it is read from, whose line a warning names: the warning's own line is the article's.
        (string Name, IElement? Tag, string? Value)[] candidates =
        [
            MetaDate(page, "article:published_time"), MetaDate(page, "datePublished"),
            ("JSON-LD datePublished", null, jsonLd?.DatePublished),
            TimeDate(page.QuerySelector("time[itemprop='datePublished'], time[pubdate]")),
            TimeDate(article?.QuerySelector("time[datetime]")),
            MetaDate(page, "pubdate"), MetaDate(page, "publish-date"), MetaDate(page, "date"), MetaDate(page, "dc.date"),
        ];
        problem = null;
        foreach (var (candidate, tag, value) in candidates)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            string name = tag?.SourceReference is { } at ? $"{candidate}, line {at.Position.Line}" : candidate;
            if (Day(value) is { } day)
            {
                // With its time of day, it orders the day's articles; a moment whose own day differs was read otherwise.
                published = PublishedMoment.Of(value) is { } moment && DateOnly.FromDateTime(moment.DateTime) == day ? moment : null;
                return day;
            }
            problem ??= $"the page's date '{PrintableText.Of(value.Trim(), 40)}' ({name}) could not be read, so the article is dated from its text, if at all";
        }
        return null;
    }

    private static (string, IElement?, string?) MetaDate(IDocument page, string key) =>
        MetaTag(page, key) is { } tag ? (key, tag, tag.GetAttribute("content")) : (key, null, null);

    private static (string, IElement?, string?) TimeDate(IElement? time) => ("<time datetime>", time, time?.GetAttribute("datetime"));

    private static DateOnly? Day(string value)
    {
        var match = IsoDayPrefix().Match(value);
        if (match.Success)
            return DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        return MonthName().IsMatch(value)
            && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime) : null;
    }

    [GeneratedRegex(@"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s", RegexOptions.IgnoreCase)]
    private static partial Regex MonthName();

    private static IReadOnlyList<string> Authors(IDocument page, JsonLdArticle? jsonLd)
    {
        var names = new List<string>();
        if (Meta(page, "author") is { } meta && !meta.Contains("://", StringComparison.Ordinal)) names.AddRange(NameSeparator().Split(meta));
        names.AddRange(jsonLd?.Authors ?? []);
        names.AddRange(page.QuerySelectorAll("a[rel~='author']").Select(a => a.TextContent));
        return names.Select(n => Clean(ByPrefix().Replace(n, ""))).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    internal static string? Clean(string? value)
    {
        if (value == null) return null;
        string text = Whitespace().Replace(TextCleaner.Clean(value), " ").Trim();
        return text.Length == 0 ? null : text;
    }
}
