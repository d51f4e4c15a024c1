using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>An extracted value with the rule and text it was found by.</summary>
public sealed record EvidencedValue<T>(T Value, string Rule, string Evidence);

/// <summary>An entity as the API returns it: canonical name, the article's own spellings, and whether the input gave it (rather than extraction finding it).</summary>
public sealed record EntityResponse(string Name, IReadOnlyList<string> Mentions, bool Given);

/// <summary>A paragraph with its 1-based number and permalink.</summary>
public sealed record ParagraphResponse(int Number, string Text, string Url);

/// <summary>The body of <c>GET /api/articles/{id}</c>.</summary>
public sealed record ArticleResponse(
    string Id,
    string Title,
    string Url,
    EvidencedValue<string>? Source,
    EvidencedValue<DateOnly>? Date,
    IReadOnlyDictionary<string, IReadOnlyList<EntityResponse>> Entities,
    IReadOnlyList<ParagraphResponse> Paragraphs)
{
    /// <summary>True when the input gave the title; false when it was taken from the text.</summary>
    public bool TitleGiven { get; init; }

    /// <summary>The article's own web address, when the input gave one.</summary>
    public string? OriginalUrl { get; init; }

    /// <summary>Reporters as the input named them.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The language code the input gave, or null.</summary>
    public string? Language { get; init; }

    public static ArticleResponse From(ArticleDetails article) => new(
        article.Id,
        article.Title,
        SearchQueryString.ArticleUrl(article.Id, null),
        article.Source is { } s ? new EvidencedValue<string>(s.Value, s.Evidence.Rule, s.Evidence.Text) : null,
        article.Date is { } d ? new EvidencedValue<DateOnly>(d.Value, d.Evidence.Rule, d.Evidence.Text) : null,
        FacetDimension.All.Where(f => f.EntityType != null).ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<EntityResponse>)article.Entities.Where(e => e.Type == f.EntityType)
                .Select(e => new EntityResponse(e.Name, e.Mentions, e.Given)).ToList()),
        article.Paragraphs.Select(p => new ParagraphResponse(p.Number, p.Text, SearchQueryString.ArticleUrl(article.Id, null, p.Number))).ToList())
    {
        TitleGiven = article.TitleGiven,
        OriginalUrl = article.Url,
        Authors = article.Authors,
        Language = article.Language,
    };
}
