using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// What the result list shows of a hit when it shows no snippet: its id and title from doc values, its source and
/// day from the segment's facets column. Read as stored fields they cost a decompression of the stored documents
/// up to the hit's in their chunk: at a million articles that added about 0.7 ms to a 3 ms search (docs/benchmarks.md).
/// </summary>
/// <remarks>One per search (doc values are read from one thread). A segment written without titles in doc values reads stored fields.</remarks>
internal sealed class HitFields(IndexSearcher searcher)
{
    private static readonly HashSet<string> Stored = [ArticleFields.Id, ArticleFields.Title, ArticleFields.Source, ArticleFields.Day];
    private static readonly int SourcePlace = FacetDimension.All.ToList().IndexOf(FacetDimension.Source);
    private static readonly int DatePlace = FacetDimension.All.ToList().IndexOf(FacetDimension.Date);

    private readonly Dictionary<int, Segment?> _segments = [];
    private readonly Dictionary<int, (NumericDocValues Values, Lucene.Net.Util.IBits Present)?> _published = [];

    /// <summary>The hit's moment of publication as its input wrote it, when it gave the time of day.</summary>
    public DateTimeOffset? Published(int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        int place = ReaderUtil.SubIndex(doc, leaves);
        if (!_published.TryGetValue(place, out var column))
        {
            var reader = leaves[place].AtomicReader;
            _published[place] = column = reader.GetNumericDocValues(ArticleFields.Published) is { } values
                && reader.GetDocsWithField(ArticleFields.Published) is { } present ? (values, present) : null;
        }
        int local = doc - leaves[place].DocBase;
        return column is { } c && c.Present.Get(local) ? PublishedValue.Decode(c.Values.Get(local)) : null;
    }

    private readonly BytesRef _bytes = new();

    public (string Id, string Title, string? Source, string? Day) Of(int doc)
    {
        var leaves = searcher.IndexReader.Leaves;
        int place = ReaderUtil.SubIndex(doc, leaves);
        if (!_segments.TryGetValue(place, out var segment))
            _segments[place] = segment = Segment.Open(leaves[place].AtomicReader);
        if (segment == null)
        {
            var stored = searcher.Doc(doc, Stored);
            return (stored.Get(ArticleFields.Id), stored.Get(ArticleFields.Title), stored.Get(ArticleFields.Source), stored.Get(ArticleFields.Day));
        }
        int local = doc - leaves[place].DocBase;
        segment.Ids.Get(local, _bytes);
        string id = _bytes.Utf8ToString();
        segment.Titles.Get(local, _bytes);
        // A title too long for doc values is left out of them and read from the stored fields.
        string title = _bytes.Length > 0 ? _bytes.Utf8ToString() : searcher.Doc(doc, Stored).Get(ArticleFields.Title) ?? "";
        string? source = null, day = null;
        if (segment.Values != null)
        {
            foreach (int ord in segment.Column.Of(local, out _))
            {
                int dimension = segment.Column.Ranges.DimensionOf(ord);
                if (dimension != SourcePlace && dimension != DatePlace) continue;
                segment.Values.LookupOrd(ord, _bytes);
                string value = FacetDimension.Decode(_bytes.Utf8ToString())?.Value ?? "";
                if (dimension == SourcePlace) source = value;
                else day = value;
            }
        }
        return (id, title, source, day);
    }

    private sealed record Segment(BinaryDocValues Ids, BinaryDocValues Titles, SortedSetDocValues? Values, FacetColumn Column)
    {
        public static Segment? Open(AtomicReader reader) =>
            reader.GetBinaryDocValues(ArticleFields.Id) is { } ids && reader.GetBinaryDocValues(ArticleFields.Title) is { } titles
                ? new Segment(ids, titles, reader.GetSortedSetDocValues(FacetDimension.ValuesField), FacetColumn.For(reader))
                : null;
    }
}
