using System.ComponentModel.DataAnnotations;

namespace Search.Core.Search;

/// <summary>Ranking and the caps that bound a query's cost (configuration section <c>Search:Query</c>).</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search:Query";

    /// <summary>
    /// Weight of title matches beside body matches. Title and body are scored as separate BM25 fields, so a
    /// query word in the short title already earns a full term score of its own; 0.5 ranked best of the
    /// weights tried on both judged collections (docs/ranking.md).
    /// </summary>
    [Range(0.1, 100)]
    public float TitleBoost { get; set; } = 0.5f;

    /// <summary>BM25's term-frequency saturation: how much a word's repetition in an article still adds.</summary>
    [Range(0.0, 10.0)]
    public float K1 { get; set; } = 1.2f;

    /// <summary>BM25's length normalization: 0 ignores an article's length, 1 normalizes fully.</summary>
    [Range(0.0, 1.0)]
    public float B { get; set; } = 0.75f;

    /// <summary>
    /// Whether any-words queries (long questions, pasted paragraphs, words joined by OR) are expanded with
    /// words from their best matches (<see cref="RelevanceFeedback"/>). All-words keyword queries never are.
    /// </summary>
    public bool Feedback { get; set; } = true;

    /// <summary>
    /// Whether a pattern that is one word ("police*", "/protesters/") also finds the word's indexed, stemmed form, which the
    /// pattern as written cannot match. The benchmark turns it off to do Lucene's exact work (docs/query-syntax.md).
    /// </summary>
    public bool PatternsFindIndexedForms { get; set; } = true;

    /// <summary>
    /// Whether a pattern's matches are scored as one word by BM25 (<see cref="BlendedPatternRewrite"/>), rather than all alike
    /// as Lucene scores them. The benchmark turns it off to do Lucene's exact work.
    /// </summary>
    public bool PatternsScored { get; set; } = true;

    /// <summary>
    /// Whether a word also finds its news synonyms (beheaded finds decapitated; <see cref="SynonymExpansion"/>), each at half
    /// the word's weight, in the article search as in the passages and the side-by-side view. The benchmark turns it off to
    /// do Lucene's exact work.
    /// </summary>
    public bool NewsSynonyms { get; set; } = true;

    /// <summary>
    /// Whether an article whose body has a query's words close together ranks higher (<see cref="Proximity"/>, for two to six
    /// words), as passages do. The benchmark turns it off to do Lucene's exact work.
    /// </summary>
    public bool ProximityScored { get; set; } = true;

    /// <summary>The fewest words (distinct, after stop words) an any-words query needs to be expanded by feedback.</summary>
    [Range(1, 1000)]
    public int FeedbackMinWords { get; set; } = 3;

    /// <summary>How many top articles feedback reads.</summary>
    [Range(1, 100)]
    public int FeedbackDocuments { get; set; } = 10;

    /// <summary>How many words feedback adds.</summary>
    [Range(1, 200)]
    public int FeedbackTerms { get; set; } = 20;

    /// <summary>The original query's share of the expanded query's weight (the added words have the rest).</summary>
    [Range(0.0, 1.0)]
    public float FeedbackOriginalWeight { get; set; } = 0.5f;

    /// <summary>
    /// The most words of a long query the feedback's first search uses, its rarest; 0 for all. That search only picks the
    /// best articles to read, and a pasted paragraph's common words match most of the archive while barely moving its top.
    /// </summary>
    [Range(0, 10_000)]
    public int FeedbackFirstPassWords { get; set; } = 24;

    /// <summary>
    /// Most words of the index one prefix, wildcard, regular expression or text range may match
    /// (<see cref="QueryBudget"/>); a broader pattern is refused with a message saying how to narrow it.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxExpansions { get; set; } = 1024;

    /// <summary>Largest page size a request may ask for.</summary>
    [Range(1, 1000)]
    public int MaxPageSize { get; set; } = 100;

    /// <summary>How deep paging may go (page × size), as Elasticsearch's max_result_window.</summary>
    [Range(10, 1_000_000)]
    public int MaxResultWindow { get; set; } = 10_000;

    /// <summary>Longest query text searched for all of its words, in characters; a longer one is searched for any of them.</summary>
    [Range(10, 100_000)]
    public int MaxQueryLength { get; set; } = 500;

    /// <summary>
    /// Longest query text accepted at all (a pasted paragraph, searched for any of its words), in
    /// characters. Its cost stays bounded by the distinct words (at most Lucene's 1,024 clauses) and by
    /// the terms highlighted (the rarest 32), not by its length.
    /// </summary>
    [Range(10, 1_000_000)]
    public int MaxLongQueryLength { get; set; } = 10_000;

    /// <summary>Most values selected in one facet dimension.</summary>
    [Range(1, 1000)]
    public int MaxFilterValues { get; set; } = 50;

    /// <summary>
    /// Most filter values, selected and excluded, over every dimension: each link of a page repeats them all, and 50 in each of
    /// eight made a page of 35 MB.
    /// </summary>
    [Range(1, 10_000)]
    public int MaxFilterValuesInAll { get; set; } = 64;

    /// <summary>Values listed per facet dimension (selected values are always listed too).</summary>
    [Range(1, 1000)]
    public int FacetValues { get; set; } = 10;

    /// <summary>Most values a request may list for one dimension ("show more", facet value search).</summary>
    [Range(1, 10_000)]
    public int MaxFacetValues { get; set; } = 100;

    /// <summary>Snippets per hit.</summary>
    [Range(0, 10)]
    public int SnippetsPerHit { get; set; } = 3;
}
