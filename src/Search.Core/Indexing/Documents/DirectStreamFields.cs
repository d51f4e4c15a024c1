using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Search.Core.Analysis;

namespace Search.Core.Indexing.Documents;

/// <summary>
/// Single-token and numeric fields, as <see cref="StringField"/> and <see cref="Int32Field"/> index them, whose
/// token stream's attributes come from <see cref="DirectAttributeFactory"/>, made once per writer thread.
/// </summary>
internal static class DirectStreamFields
{
    /// <summary>A single-token field, as <see cref="StringField"/>.</summary>
    public static Field Keyword(string name, string value, Field.Store store) =>
        new KeywordField(name, value, store == Field.Store.YES ? StringField.TYPE_STORED : StringField.TYPE_NOT_STORED);

    /// <summary>The indexed numeric day (<see cref="ArticleFields.Date"/>, yyyyMMdd), as an <see cref="Int32Field"/> of <see cref="ArticleFields.DateType"/>.</summary>
    public static Field Day(int value) => new DayField(value);

    // One stream of each kind per writer thread, as an analyzer keeps its components: the writer reads a field's
    // tokens to the end before it asks the next field for its stream, and a new stream per field cost its attributes.
    [ThreadStatic] private static SingleToken? t_keyword;
    [ThreadStatic] private static NumericTokenStream? t_day;

    private sealed class KeywordField(string name, string value, FieldType type) : Field(name, value, type)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer)
        {
            var stream = t_keyword ??= new SingleToken();
            stream.Value = GetStringValue() ?? "";
            return stream;
        }
    }

    // Not stored, so the text value is never read; it only satisfies the constructor.
    private sealed class DayField(int value) : Field(ArticleFields.Date, value.ToString(CultureInfo.InvariantCulture), ArticleFields.DateType)
    {
        public override TokenStream GetTokenStream(Analyzer analyzer) =>
            (t_day ??= new NumericTokenStream(DirectAttributeFactory.Instance, ArticleFields.DatePrecisionStep)).SetInt32Value(value);
    }

    // The field's whole value as its one token, as Lucene's own stream for untokenized fields (internal in Lucene.NET) gives it.
    private sealed class SingleToken : TokenStream
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private bool _used;

        public SingleToken() : base(DirectAttributeFactory.Instance)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
        }

        public string Value { get; set; } = "";

        public override void Reset()
        {
            base.Reset();
            _used = false;
        }

        public override bool IncrementToken()
        {
            if (_used) return false;
            ClearAttributes();
            _term.SetEmpty().Append(Value);
            _offset.SetOffset(0, Value.Length);
            _used = true;
            return true;
        }

        public override void End()
        {
            base.End();
            _offset.SetOffset(Value.Length, Value.Length);
        }
    }
}
