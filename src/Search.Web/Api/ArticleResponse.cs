using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Api;

/// <summary>An extracted value with the rule and text it was found by.</summary>
public sealed record EvidencedValue<T>(T Value, string Rule, string Evidence);

/// <summary>An entity as the API returns it: canonical name, the article's own spellings, and whether the input gave it (rather than extraction finding it).</summary>
public sealed record EntityResponse(string Name, IReadOnlyList<string> Mentions, bool Given);

/// <summary>Another outlet's passage: its article and the article's title, outlet, date, paragraph number, anchor, permalink and the sentence that matched.</summary>
public sealed record LinkedPassageResponse(string ArticleId, string Title, string? Source, DateOnly? Date, int Paragraph, string Anchor, string SentenceAnchor, string Sentence, string Url)
{
    public static LinkedPassageResponse From(LinkedPassage p) =>
        new(p.ArticleId, p.Title, p.Source, p.Date, p.Number, p.Anchor, p.SentenceAnchor, p.Sentence, SearchQueryString.ArticleUrl(p.ArticleId, null, p.Anchor));
}

/// <summary>
/// A passage of another outlet that reports the same fact, with the match score (0–1), the sentence of ours it matched, and the
/// basis of the link: <c>sentence</c> (two sentences alike), <c>phrase</c> (a shared phrase naming an event) or <c>paragraph</c>
/// (the paragraphs alike as wholes); and what the two sentences share, heaviest first, as ours writes it (numbers in digits,
/// entities by name): the grounds a reader can check.
/// </summary>
public sealed record CorroborationResponse(LinkedPassageResponse Passage, float Score, string SentenceAnchor, string Basis, IReadOnlyList<string> Shared)
{
    /// <summary>Whether that passage also gives a different figure for a count (it is among the paragraph's conflicts).</summary>
    public bool DifferentFigure { get; init; }
}

/// <summary>A passage of another outlet that gives a different figure for the same count.</summary>
public sealed record ConflictResponse(LinkedPassageResponse Passage, string Counted, string Ours, string Theirs);

/// <summary>A paragraph with its 1-based number, its text-derived anchor, its permalink, and its links to other outlets' passages.</summary>
public sealed record ParagraphResponse(int Number, string Anchor, string Text, string Url)
{
    public IReadOnlyList<CorroborationResponse> Corroborations { get; init; } = [];
    public IReadOnlyList<ConflictResponse> Conflicts { get; init; } = [];
}

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

    /// <summary>The moment of publication as the input wrote it, with its offset from UTC, when it gave the time of day.</summary>
    public DateTimeOffset? Published { get; init; }

    /// <summary>The same story published by other outlets (near-identical bodies); the first 20.</summary>
    public IReadOnlyList<RelatedArticle> Copies { get; init; } = [];

    /// <summary>How many copies were found, listed or not.</summary>
    public int CopyCount { get; init; }

    /// <summary>The most similar other articles (MoreLikeThis over the body).</summary>
    public IReadOnlyList<RelatedArticle> Related { get; init; } = [];

    public static ArticleResponse From(ArticleDetails article, IReadOnlyDictionary<string, PassageLinks>? links = null, Relations? relations = null) => new(
        article.Id,
        article.Title,
        SearchQueryString.ArticleUrl(article.Id, null),
        article.Source is { } s ? new EvidencedValue<string>(s.Value, s.Evidence.Rule, s.Evidence.Text) : null,
        article.Date is { } d ? new EvidencedValue<DateOnly>(d.Value, d.Evidence.Rule, d.Evidence.Text) : null,
        FacetDimension.All.Where(f => f.EntityType != null).ToDictionary(
            f => f.Name,
            f => (IReadOnlyList<EntityResponse>)article.Entities.Where(e => e.Type == f.EntityType)
                .Select(e => new EntityResponse(e.Name, e.Mentions, e.Given)).ToList()),
        article.Paragraphs.Select(p => Paragraph(article.Id, p, links?.GetValueOrDefault(p.Anchor) ?? PassageLinks.None)).ToList())
    {
        TitleGiven = article.TitleGiven,
        OriginalUrl = article.Url,
        Authors = article.Authors,
        Language = article.Language,
        Published = article.Published,
        Copies = relations?.Copies ?? [],
        CopyCount = relations?.CopyCount ?? 0,
        Related = relations?.Similar ?? [],
    };

    /// <summary>The most shared features a link lists: enough to judge it, few enough for an article of many links.</summary>
    public const int SharedListed = 8;

    private static ParagraphResponse Paragraph(string id, ArticleParagraph p, PassageLinks links) =>
        new(p.Number, p.Anchor, p.Text, SearchQueryString.ArticleUrl(id, null, p.Anchor))
        {
            Corroborations = links.Corroborations.Select(c => new CorroborationResponse(LinkedPassageResponse.From(c.Passage), c.Score, c.OwnSentenceAnchor, c.Basis.ToString().ToLowerInvariant(),
                SharedGrounds.ForReaders(c.Shared, SharedListed)) { DifferentFigure = links.DiffersInAFigure(c) }).ToList(),
            Conflicts = links.Conflicts.Select(c => new ConflictResponse(LinkedPassageResponse.From(c.Passage), c.Counted, c.Ours, c.Theirs)).ToList(),
        };
}
