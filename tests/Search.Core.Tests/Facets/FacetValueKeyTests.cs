using FsCheck;
using FsCheck.Fluent;
using Lucene.Net.Util;
using Search.Core.Facets;
using Search.Core.Tests.Fuzzing;

namespace Search.Core.Tests.Facets;

/// <summary>
/// The one facets field keeps each dimension's values as one run of ordinals: in Lucene's order (UTF-8 bytes),
/// every encoded value of a dimension lies between its two keys, and no other dimension's value does.
/// </summary>
public class FacetValueKeyTests
{
    private static readonly Arbitrary<string> Values = HostileText.Arbitrary;

    [Fact]
    public void EachDimensionsValuesSortBetweenItsKeysAndNoOthersDo()
    {
        var property = Prop.ForAll(Values, value =>
        {
            foreach (var owner in FacetDimension.All)
            {
                var encoded = Utf8(owner.Encode(value));
                foreach (var dimension in FacetDimension.All)
                {
                    bool inside = encoded.CompareTo(Utf8(dimension.LowestKey)) >= 0 && encoded.CompareTo(Utf8(dimension.KeyAfterAll)) < 0;
                    Assert.Equal(dimension == owner, inside);
                }
                Assert.Equal((owner, value), FacetDimension.Decode(owner.Encode(value)));
            }
        });
        Check.One(FuzzRuns.Config(200), property);
    }

    [Fact]
    public void TextThatIsNotAnEncodedValueDecodesToNothing()
    {
        Assert.Null(FacetDimension.Decode("no separator"));
        Assert.Null(FacetDimension.Decode("colour\u001fred"));
    }

    private static BytesRef Utf8(string text) => new(text);
}
