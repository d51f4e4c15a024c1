using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Search.Core.Facets;

namespace Search.Benchmarks.Micro;

/// <summary>
/// An in-memory index of synthetic facet values in the product's doc-values field: 100,000 articles in
/// <see cref="Segments"/> unmerged segments (the default write buffer leaves about a dozen at 200k), each
/// with a source, a day and 0–3 people, organisations and places drawn with a skew like news (few values
/// are frequent). Only doc values: facet counting reads nothing else.
/// </summary>
internal sealed class FacetFixture : IDisposable
{
    public const int Articles = 100_000;
    public const int Segments = 8;

    private readonly RAMDirectory _directory = new();

    public FacetFixture()
    {
        var random = new Random(42);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())
        {
            MaxBufferedDocs = Articles / Segments,
            RAMBufferSizeMB = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergePolicy = NoMergePolicy.COMPOUND_FILES,
        };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (int i = 0; i < Articles; i++)
            {
                var doc = new Document();
                Add(doc, FacetDimension.Source, $"source-{Skewed(random, 40)}");
                Add(doc, FacetDimension.Date, new DateOnly(2020, 1, 1).AddDays(Skewed(random, 1500)).ToString("yyyy-MM-dd"));
                foreach (var (dimension, vocabulary) in new[] { (FacetDimension.Person, 20_000), (FacetDimension.Organization, 8_000), (FacetDimension.Place, 2_000) })
                    foreach (int value in Enumerable.Range(0, random.Next(4)).Select(_ => Skewed(random, vocabulary)).Distinct())
                        Add(doc, dimension, $"{dimension.Name}-{value}");
                writer.AddDocument(doc);
            }
        }
        Reader = DirectoryReader.Open(_directory);
        Ordinals = FacetOrdinals.Build(Reader);
    }

    public DirectoryReader Reader { get; }

    /// <summary>The per-reader facet state, built once as the product's IndexHost does.</summary>
    internal FacetOrdinals Ordinals { get; }

    private static void Add(Document doc, FacetDimension dimension, string value) =>
        doc.Add(new SortedSetDocValuesField(FacetDimension.ValuesField, new BytesRef(dimension.Encode(value))));

    // A value in [0, n) with small values far more frequent (squared uniform), like outlets and names in news.
    private static int Skewed(Random random, int n) => (int)(n * Math.Pow(random.NextDouble(), 2));

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
