using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Indexing.Documents;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// What the last commit holds, read from doc values and the id terms only, never from stored
/// documents: the content hash and source file of an article by id, and every article's id and file
/// for pruning. Cheap at a million articles: a lookup is one term seek per segment.
/// </summary>
/// <remarks>A snapshot: it does not see what the current run writes. Dispose it to release the reader. Not thread-safe: a run
/// reads it from its reading thread alone.</remarks>
internal sealed class IndexedArticles : IDisposable
{
    private readonly DirectoryReader? _reader;

    private IndexedArticles(DirectoryReader? reader) => _reader = reader;

    /// <summary>The last commit of <paramref name="directory"/>, or an empty snapshot for a new index.</summary>
    public static IndexedArticles Open(Lucene.Net.Store.Directory directory) =>
        new(DirectoryReader.IndexExists(directory) ? DirectoryReader.Open(directory) : null);

    /// <summary>
    /// The last commit, as a rebuild replaces it: empty when it does not open. A damaged index's articles cannot be read, so a
    /// rebuild loses none of them; "start again with --rebuild" failed on the damage it was offered for.
    /// </summary>
    public static IndexedArticles OpenReplaced(Lucene.Net.Store.Directory directory)
    {
        try
        {
            return Open(directory);
        }
        catch (Exception e) when (IndexDamage.Is(e))
        {
            return new(null);
        }
    }

    public int Count => _reader == null ? 0 : Search.ArticlesOnly.Count(_reader);

    /// <summary>The stored content hash of the article with this id, or null when it is not indexed.</summary>
    public string? HashOf(string id) => Find(id) is var (leaf, doc)
        // An article indexed before hashes moved to doc values has none: it counts as changed.
        ? Value(leaf.GetBinaryDocValues(ArticleFields.Hash), doc) ?? ""
        : null;

    /// <summary>The file the article with this id was read from, or null when it is not indexed ("" when not recorded).</summary>
    public string? SourceOf(string id) => Find(id) is var (leaf, doc) ? Value(leaf.GetSortedDocValues(ArticleFields.SourcePath), doc) ?? "" : null;

    // The last id looked up: a run asks for one article's hash and source several times in a row, each a seek in every segment.
    private string? _lastId;
    private (AtomicReader Leaf, int Doc)? _last;

    private (AtomicReader Leaf, int Doc)? Find(string id)
    {
        if (id == _lastId) return _last;
        _last = Seek(id);
        _lastId = id;
        return _last;
    }

    private (AtomicReader Leaf, int Doc)? Seek(string id)
    {
        if (_reader == null) return null;
        var term = new BytesRef(id);
        foreach (var leaf in _reader.Leaves)
        {
            var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(ArticleFields.Id, term));
            if (docs == null) continue;
            var live = leaf.AtomicReader.LiveDocs;
            for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                if (live != null && !live.Get(doc)) continue;
                return (leaf.AtomicReader, doc);
            }
        }
        return null;
    }

    /// <summary>Every live article's id and source file.</summary>
    public IEnumerable<(string Id, string SourcePath)> All()
    {
        if (_reader == null) yield break;
        foreach (var leaf in _reader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var ids = reader.GetBinaryDocValues(ArticleFields.Id);
            var origins = reader.GetSortedDocValues(ArticleFields.SourcePath);
            var live = reader.LiveDocs;
            for (int doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (live != null && !live.Get(doc)) continue;
                if (Value(ids, doc) is { } id) yield return (id, Value(origins, doc) ?? "");
            }
        }
    }

    private static string? Value(BinaryDocValues? values, int doc)
    {
        if (values == null) return null;
        var bytes = new BytesRef();
        values.Get(doc, bytes);
        return bytes.Length == 0 ? null : bytes.Utf8ToString();
    }

    public void Dispose() => _reader?.Dispose();
}
