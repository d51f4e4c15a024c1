using Lucene.Net.Search;
using Search.Core.Facets;

namespace Search.Core.Indexing;

/// <summary>
/// A searcher borrowed from the <see cref="IndexHost"/> for one request, with the facet state of its reader.
/// IMPORTANT: always dispose it (<c>using var lease = host.Acquire();</c>); a lease not disposed keeps its
/// reader, and the files it reads, open forever.
/// </summary>
internal readonly struct SearcherLease(SearcherManager manager, IndexSearcher searcher, FacetOrdinals ordinals) : IDisposable
{
    public IndexSearcher Searcher { get; } = searcher;

    public FacetOrdinals Ordinals { get; } = ordinals;

    public void Dispose() => manager.Release(Searcher);
}
