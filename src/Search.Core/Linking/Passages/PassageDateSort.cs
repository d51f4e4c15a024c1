using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;
using Search.Core.Search;

namespace Search.Core.Linking.Passages;

/// <summary>
/// Passages by their article's day, then its hour, as the article search orders articles: a passage has no date of its own,
/// so each value is read from its article's document, the one just before its run of passages. Undated articles, and within
/// a day articles that give no hour, come last either way; relevance orders the rest.
/// </summary>
internal static class PassageDateSort
{
    public static Sort For(SortOrder order)
    {
        bool newest = order == SortOrder.Newest;
        return new Sort(
            new SortField(ArticleFields.Date, new ArticleValues(newest), newest),
            new SortField(ArticleFields.Published, new ArticleValues(newest), newest),
            SortField.FIELD_SCORE, SortField.FIELD_DOC);
    }

    private sealed class ArticleValues(bool newest) : FieldComparerSource
    {
        // Missing sorts last in both orders: the comparator's order is reversed for newest.
        public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
            new ArticleValueComparer(fieldname, numHits, newest ? long.MinValue : long.MaxValue);
    }

    private sealed class ArticleValueComparer(string field, int numHits, long missing) : FieldComparer<J2N.Numerics.Int64>
    {
        private readonly long[] _values = new long[numHits];
        private long _bottom, _top;
        private NumericDocValues? _numbers;
        private Lucene.Net.Util.IBits? _has;
        private FacetColumn? _column;

        public override int Compare(int slot1, int slot2) => _values[slot1].CompareTo(_values[slot2]);
        public override void SetBottom(int slot) => _bottom = _values[slot];
        public override void SetTopValue(J2N.Numerics.Int64 value) => _top = value.ToInt64();
        public override int CompareBottom(int doc) => _bottom.CompareTo(Value(doc));
        public override int CompareTop(int doc) => _top.CompareTo(Value(doc));
        public override void Copy(int slot, int doc) => _values[slot] = Value(doc);
        public override J2N.Numerics.Int64 this[int slot] => J2N.Numerics.Int64.GetInstance(_values[slot]);

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            var reader = context.AtomicReader;
            _numbers = reader.GetNumericDocValues(field);
            _has = reader.GetDocsWithField(field);
            _column = FacetColumn.For(reader);
            return this;
        }

        private long Value(int doc)
        {
            int article = _column!.ArticleOf(doc);
            return _numbers != null && _has != null && _has.Get(article) ? _numbers.Get(article) : missing;
        }
    }
}
