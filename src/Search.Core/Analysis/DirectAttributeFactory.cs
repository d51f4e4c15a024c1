using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// Makes the attributes of the token streams built for every document (replayed paragraphs, single tokens,
/// numeric days) directly. Lucene.NET's default factory looks each attribute's class up under one global lock;
/// the streams a document brings took an eighth of the indexing time there.
/// </summary>
internal sealed class DirectAttributeFactory : AttributeSource.AttributeFactory
{
    public static readonly DirectAttributeFactory Instance = new();

    private DirectAttributeFactory()
    {
    }

    public override Lucene.Net.Util.Attribute CreateAttributeInstance<T>()
    {
        // Each test is on the type argument, so the JIT keeps only the one that applies.
        if (typeof(T) == typeof(ICharTermAttribute)) return new CharTermAttribute();
        if (typeof(T) == typeof(IOffsetAttribute)) return new OffsetAttribute();
        if (typeof(T) == typeof(IPositionIncrementAttribute)) return new PositionIncrementAttribute();
        if (typeof(T) == typeof(ITypeAttribute)) return new TypeAttribute();
        if (typeof(T) == typeof(NumericTokenStream.INumericTermAttribute)) return new NumericTokenStream.NumericTermAttribute();
        return DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>();
    }
}
