using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Keeps the passages whose article matches a query on what only an article has: its entities, outlet or day
/// (<c>person:tokayev</c>, <c>source:afp</c>, <c>date:[…]</c>). A passage follows its article in one block, in the same segment
/// (<see cref="PassageFields.NumberOf"/>), so each passage's article is the last article document before it.
/// </summary>
/// <remarks>One pass over the segment's documents per search: bounded by the index's size, whatever the query.</remarks>
internal sealed class PassagesOfArticles(Query articleQuery) : Filter
{
    private readonly QueryWrapperFilter _articles = new(Search.ArticlesOnly.Only(articleQuery));

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var reader = context.AtomicReader;
        var matching = _articles.GetDocIdSet(context, null)?.GetIterator();
        var passages = reader.GetTermDocsEnum(PassageFields.KindTerm);
        if (matching == null || passages == null) return null;
        var articles = new FixedBitSet(reader.MaxDoc);
        articles.Or(matching);
        var isPassage = new FixedBitSet(reader.MaxDoc);
        for (int doc = passages.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = passages.NextDoc()) isPassage.Set(doc);
        var kept = new FixedBitSet(reader.MaxDoc);
        bool keep = false; // whether the last article document before this one matched
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (!isPassage.Get(doc)) keep = articles.Get(doc);
            else if (keep) kept.Set(doc);
        }
        return BitsFilteredDocIdSet.Wrap(kept, acceptDocs);
    }

    public override string ToString() => $"PassagesOfArticles({articleQuery})";
}
