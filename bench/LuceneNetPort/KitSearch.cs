using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;

namespace LuceneNetPort;

/// <summary>
/// One query of the mix in one variant, as the kit's harness runs it. Two of the product's choices can be switched on
/// (PORT_QUERY=filter,unordered), to measure what each costs in the library alone: the cached "not a passage" filter
/// around every query, and a collector that takes hits out of order.
/// </summary>
internal sealed class KitSearch(IndexSearcher searcher, FacetState? facets, ICUPostingsHighlighter highlighter)
{
    private static readonly string[] Choices = (Environment.GetEnvironmentVariable("PORT_QUERY") ?? "").Split(',');
    private static readonly Filter? ArticlesOnly = Choices.Contains("filter") ? new CachingWrapperFilter(new NotPassageFilter()) : null;
    private static readonly bool InOrder = !Choices.Contains("unordered");

    private static readonly Dictionary<string, float> Boosts = new() { ["title"] = 2f, ["body"] = 1f };
    private static readonly HashSet<string> ListedFields = ["id", "title"];
    private readonly Lucene.Net.Analysis.Analyzer _analyzer = KitLayout.Analyzer();

    public sealed record Result(int Total, List<string> Ids, List<string> Facets, List<string> Snippets);

    public Result Run(string text, string variant, bool keep)
    {
        bool withFacets = variant is "facets" or "both";
        bool withSnippets = variant is "hl" or "both";
        var parser = new MultiFieldQueryParser(KitLayout.Version, ["title", "body"], _analyzer, Boosts) { DefaultOperator = Operator.AND };
        var query = parser.Parse(text);
        var result = new Result(0, [], [], []);

        var top = TopScoreDocCollector.Create(10, InOrder);
        FacetCountingCollector? counts = withFacets && facets is not null ? new FacetCountingCollector(facets) : null;
        searcher.Search(ArticlesOnly is null ? query : new FilteredQuery(query, ArticlesOnly), counts is null ? top : MultiCollector.Wrap(top, counts));
        var docs = top.GetTopDocs();
        if (counts is not null)
            foreach (string dimension in KitLayout.Dimensions)
                if (counts.Top(dimension, 10) is { } line && keep) result.Facets.Add(line);

        if (variant != "nofetch")
            foreach (var hit in docs.ScoreDocs)
            {
                var doc = searcher.Doc(hit.Doc, ListedFields);
                if (keep) result.Ids.Add(doc.Get("id"));
            }
        if (withSnippets && docs.ScoreDocs.Length > 0)
        {
            string[] snippets = highlighter.Highlight("body", query, searcher, docs, 3);
            if (keep) result.Snippets.AddRange(snippets.Select(s => s ?? ""));
        }
        return result with { Total = docs.TotalHits };
    }

    /// <summary>Every document but the passages, as a bit set per segment.</summary>
    private sealed class NotPassageFilter : Filter
    {
        public override DocIdSet GetDocIdSet(Lucene.Net.Index.AtomicReaderContext context, Lucene.Net.Util.IBits? acceptDocs)
        {
            var reader = context.AtomicReader;
            var articles = new Lucene.Net.Util.FixedBitSet(reader.MaxDoc);
            articles.Set(0, reader.MaxDoc);
            var passages = reader.GetTermDocsEnum(new Lucene.Net.Index.Term("kind", "passage"));
            if (passages != null)
                for (int doc = passages.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.NextDoc())
                    articles.Clear(doc);
            return BitsFilteredDocIdSet.Wrap(articles, acceptDocs);
        }
    }
}
