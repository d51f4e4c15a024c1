using System.Text.Json;
using AngleSharp.Dom;

namespace Search.Core.Ingestion.Html;

/// <summary>
/// The article facts a page states in schema.org JSON-LD (<c>&lt;script type="application/ld+json"&gt;</c>):
/// headline, datePublished, author names, publisher name, url and language. The first object whose
/// <c>@type</c> is an article kind wins; objects inside <c>@graph</c> and top-level arrays are searched.
/// A script that is not valid JSON is ignored, as a browser would.
/// </summary>
internal sealed record JsonLdArticle(string? Headline, string? DatePublished, IReadOnlyList<string> Authors, string? Publisher, string? Url, string? Language)
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "LiveBlogPosting", "BlogPosting", "WebPage", "Report",
    };

    public static JsonLdArticle? From(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article) return Read(article, Nodes(json.RootElement).ToList());
            }
            catch (JsonException)
            {
                // A broken block of JSON-LD is the page's bug, not a reason to refuse its article.
            }
        }
        return null;
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            // Prefer a real article type over a WebPage found earlier.
            var found = element.EnumerateArray().Select(FindArticle).Where(e => e != null).ToList();
            return found.FirstOrDefault(e => !IsType(e!.Value, "WebPage")) ?? found.FirstOrDefault();
        }
        if (element.ValueKind != JsonValueKind.Object) return null;
        if (element.TryGetProperty("@graph", out var graph)) return FindArticle(graph);
        return element.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains) ? element : null;
    }

    private static bool IsType(JsonElement element, string name) =>
        element.TryGetProperty("@type", out var type) && Types(type).Contains(name, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    // Every object of the script: a graph (Yoast and most CMSs) names the publisher and the authors once, by "@id", and the
    // article refers to them; the site's name is its WebSite's.
    private static IEnumerable<JsonElement> Nodes(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
            foreach (var item in element.EnumerateArray().SelectMany(Nodes)) yield return item;
        if (element.ValueKind != JsonValueKind.Object) yield break;
        yield return element;
        if (element.TryGetProperty("@graph", out var graph))
            foreach (var item in Nodes(graph)) yield return item;
    }

    private static JsonLdArticle Read(JsonElement article, IReadOnlyList<JsonElement> nodes) => new(
        Text(article, "headline"),
        Text(article, "datePublished"),
        Names(article, "author", nodes),
        Names(article, "publisher", nodes).FirstOrDefault() ?? nodes.Where(n => IsType(n, "WebSite")).Select(n => Text(n, "name")).FirstOrDefault(n => n != null),
        Text(article, "url") ?? Text(article, "mainEntityOfPage") ?? (article.TryGetProperty("mainEntityOfPage", out var page) ? Text(page, "@id") : null),
        Text(article, "inLanguage"));

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
        && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    // "author" may be a name, a Person or Organization object, a reference to one elsewhere in the graph ({"@id": "…"}), or an
    // array of these.
    private static IReadOnlyList<string> Names(JsonElement element, string name, IReadOnlyList<JsonElement> nodes)
    {
        if (!element.TryGetProperty(name, out var value)) return [];
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        return items
            .Select(i => i.ValueKind == JsonValueKind.String ? i.GetString()?.Trim()
                : Text(i, "name") ?? (Text(i, "@id") is { } id ? nodes.Where(n => Text(n, "@id") == id).Select(n => Text(n, "name")).FirstOrDefault(n => n != null) : null))
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => n!)
            .ToList();
    }
}
