using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Indexing.Documents;

/// <summary>Finds an article's document by its id: one term seek, for the article page, its links and its relations.</summary>
internal static class ArticleIdLookup
{
    /// <summary>The document number of the article with this id, or null when none has it.</summary>
    public static int? DocOf(IndexSearcher searcher, string id)
    {
        var top = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        return top.TotalHits == 0 ? null : top.ScoreDocs[0].Doc;
    }
}
