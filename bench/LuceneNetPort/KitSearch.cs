using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;

namespace LuceneNetPort;

/// <summary>One query of the mix in one variant, as the kit's harness runs it.</summary>
internal sealed class KitSearch(IndexSearcher searcher, FacetState? facets, ICUPostingsHighlighter highlighter)
{
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

        var top = TopScoreDocCollector.Create(10, true);
        FacetCountingCollector? counts = withFacets && facets is not null ? new FacetCountingCollector(facets) : null;
        searcher.Search(query, counts is null ? top : MultiCollector.Wrap(top, counts));
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
}
