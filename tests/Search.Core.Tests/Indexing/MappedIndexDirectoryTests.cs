using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Search.Core.Analysis;
using Search.Core.Indexing;

namespace Search.Core.Tests.Indexing;

/// <summary><see cref="MappedIndexDirectory"/> reads stored fields through a buffer and must read exactly what the mapping holds.</summary>
public sealed class MappedIndexDirectoryTests
{
    private static readonly string[] Words = ["curfew", "airport", "troops", "fuel", "price", "protest", "minister", "capital"];

    [Fact]
    public void CompoundSegmentsReadTheSameStoredDocumentsAsTheMapping()
    {
        var random = new Random(11);
        var articles = Enumerable.Range(0, 60).Select(i => TestIndex.Article($"a{i}", Text(random, 1 + random.Next(5))));
        using var index = new TestIndex(articles, commitEvery: 9);
        Assert.True(System.IO.Directory.GetFiles(index.Path, "*.cfs").Length > 3);
        AssertSameStoredDocuments(index.Path);
    }

    [Fact]
    public void SeparateStoredFieldFilesAreBufferedAndReadTheSame()
    {
        using var folder = new TempFolder();
        var random = new Random(12);
        using (var directory = FSDirectory.Open(folder.Path))
        using (var analyzer = new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(NewsAnalyzer.Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(NewsAnalyzer.Version, analyzer)
               { UseCompoundFile = false, MergePolicy = NoMergePolicy.NO_COMPOUND_FILES }))
        {
            for (int i = 0; i < 400; i++)
            {
                // Long and short values, so documents straddle the buffer's refills and the codec's blocks.
                writer.AddDocument(new Document
                {
                    new StringField("id", $"d{i}", Field.Store.YES),
                    new StoredField("body", Text(random, 1 + random.Next(i % 10 == 0 ? 60 : 4))),
                    new StoredField("n", i),
                });
                if (i % 150 == 149) writer.Commit();
            }
        }
        string storedFile = Path.GetFileName(System.IO.Directory.GetFiles(folder.Path, "*.fdt").First());
        using (var mapped = new MappedIndexDirectory(folder.Path))
        {
            using var stored = mapped.OpenInput(storedFile, IOContext.READ);
            using var postings = mapped.OpenInput(Path.GetFileName(System.IO.Directory.GetFiles(folder.Path, "*.doc").First()), IOContext.READ);
            Assert.IsType<BufferedMappedInput>(stored);
            Assert.IsNotType<BufferedMappedInput>(postings);
        }
        AssertSameStoredDocuments(folder.Path);
    }

    [Fact]
    public void ClonesReadTheirOwnPositionsAcrossRefills()
    {
        using var folder = new TempFolder();
        var bytes = new byte[10_000];
        new Random(13).NextBytes(bytes);
        using var directory = new MappedIndexDirectory(folder.Path);
        using (var output = directory.CreateOutput("_0.fdt", IOContext.DEFAULT))
            output.WriteBytes(bytes, bytes.Length);

        using var input = directory.OpenInput("_0.fdt", IOContext.READ);
        Assert.IsType<BufferedMappedInput>(input);
        Assert.Equal(bytes.Length, input.Length);
        input.Seek(1_000);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(bytes[1_000], clone.ReadByte());
        Assert.Equal(bytes[1_000], input.ReadByte());

        // Interleaved: the original reads on while the clone jumps back and reads more than a buffer at once.
        clone.Seek(7);
        var large = new byte[3_000];
        clone.ReadBytes(large, 0, large.Length);
        Assert.Equal(bytes[7..3_007], large);
        for (int i = 1_001; i < 2_500; i++) Assert.Equal(bytes[i], input.ReadByte());
        Assert.Equal(bytes[3_007], clone.ReadByte());
        input.Seek(9_990);
        var tail = new byte[10];
        input.ReadBytes(tail, 0, tail.Length);
        Assert.Equal(bytes[9_990..], tail);
        Assert.ThrowsAny<Exception>(() => input.ReadByte());
    }

    // Every live document's stored fields, read through MappedIndexDirectory, equal what a plain mapping reads.
    private static void AssertSameStoredDocuments(string path)
    {
        using var plainDirectory = new MMapDirectory(path);
        using var bufferedDirectory = new MappedIndexDirectory(path);
        using var plain = DirectoryReader.Open(plainDirectory);
        using var buffered = DirectoryReader.Open(bufferedDirectory);
        Assert.Equal(plain.MaxDoc, buffered.MaxDoc);
        int withFields = 0;
        // In a shuffled order, so reads jump back and forth within and across blocks.
        foreach (int doc in Enumerable.Range(0, plain.MaxDoc).OrderBy(d => (d * 7919) % plain.MaxDoc))
        {
            var expected = Fields(plain.Document(doc));
            Assert.Equal(expected, Fields(buffered.Document(doc)));
            if (expected.Count > 0) withFields++;
        }
        Assert.True(withFields > 50);
    }

    private static List<(string Name, string? Value)> Fields(Document document) =>
        document.Fields.Select(f => (f.Name, f.GetStringValue() ?? f.GetInt32Value()?.ToString())).ToList();

    private static string Text(Random random, int sentences) => string.Join(' ', Enumerable.Range(0, sentences).Select(_ =>
        string.Join(' ', Enumerable.Range(0, 5 + random.Next(30)).Select(_ => Words[random.Next(Words.Length)])) + "."));
}
