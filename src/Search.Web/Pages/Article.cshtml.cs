using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Related;
using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Pages;

/// <summary>One article: metadata with its evidence, entities as search links, and paragraphs with anchors, the query's words marked, and the same facts in other outlets.</summary>
public sealed class ArticleModel(ArticleLookup articles, CorroborationFinder linking, RelatedArticles related, IOptions<SearchOptions> options) : PageModel
{
    public ArticleDetails Article { get; private set; } = null!;

    /// <summary>Each paragraph's links to other outlets' passages, by anchor.</summary>
    public IReadOnlyDictionary<string, PassageLinks> Links { get; private set; } = new Dictionary<string, PassageLinks>();

    /// <summary>The same story in other outlets, and the most similar other articles.</summary>
    public Relations Relations { get; private set; } = Relations.None;

    public PassageLinks LinksOf(ArticleParagraph paragraph) => Links.GetValueOrDefault(paragraph.Anchor) ?? PassageLinks.None;

    public string? Query { get; private set; }

    /// <summary>Why the query's words are not marked, if they are not: a query the search would refuse, or one too long.</summary>
    public string? QueryNotice { get; private set; }

    /// <summary>The article's own address, only when it is an absolute http(s) URL: a given url is untrusted input, and must never become a <c>javascript:</c> link.</summary>
    public string? OriginalUrl =>
        Uri.TryCreate(Article.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;

    /// <summary>The search the article was opened from, as its link carried it: its page, to go back to.</summary>
    public string BackToSearch { get; private set; } = "/";

    private SearchRequest _search = new();
    private string? _view;

    /// <summary>
    /// Another article, or a passage of it, opened from this one: the link carries the search this one was opened with, so the
    /// other outlet's passage has the same words marked and its "Back to search" returns to the same page.
    /// </summary>
    public string LinkTo(string id, string? anchor = null) => SearchQueryString.ArticleUrlFrom(_search, id, anchor, _view);

    public IActionResult OnGet(string? id, string? q)
    {
        // A blank segment reaches here as null.
        if (string.IsNullOrWhiteSpace(id) || id.Length > 200) return NotFound();
        int longest = options.Value.MaxLongQueryLength;
        Query = q?.Length > longest ? null : q;
        // The rest of the search (filters, sort, page) is state to carry back; a part that does not read is left out.
        // A control character in a filter value is left out, as the search pages leave it out of what they write.
        var (parsed, _) = SearchQueryString.Parse(Request.Query);
        var search = SearchQueryString.Printable(parsed);
        // So is a page or size the search refuses: "Back to search" from ?page=0 led to a 400.
        if (new SearchRequestValidator(options.Value).Validate(search).Any(e => e.Parameter is "page" or "size"))
            search = search with { Page = 1, Size = new SearchRequest().Size };
        _search = search with { Query = Query };
        _view = Request.Query[SearchQueryString.ViewParameter].FirstOrDefault() is { } view && SearchQueryString.Views.Contains(view) ? view : null;
        // Each view takes only what it can: the side-by-side view no page or size, the passages no order.
        var back = _view switch
        {
            "compare" => search with { Page = 1, Size = new SearchRequest().Size },
            "passages" => search with { Sort = SortOrder.Relevance },
            _ => search,
        };
        BackToSearch = "/" + _view + SearchQueryString.Format(back);
        // Opened from the passages or the side-by-side view, the words are marked as those found them: with their synonyms.
        var article = articles.Find(id, Query, search, synonyms: _view != null);
        if (article == null) return NotFound();
        Article = article;
        QueryNotice = Query != q
            ? $"The query is longer than {longest:N0} characters, so its words are not marked."
            : article.QueryProblem is { } problem ? $"The query's words are not marked: {problem}" : null;
        Links = linking.For(id) ?? Links;
        Relations = related.For(id, Links) ?? Relations;
        return Page();
    }
}
