using System.Text.Json;
using Search.Core.Relevance;

namespace Search.Core.Tests.Relevance;

/// <summary>The SMART and TREC readers against small fixtures in each layout.</summary>
public sealed class CollectionReaderTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ReadsSmartDocumentsTopicsAndCisiStyleJudgments()
    {
        _folder.Write("c/C.ALL", ".I 1\n.T \nA title\n  on two lines\n.A\nAuthor, A.\n.W  \n  First line of text.\n\n  Second line.\n.X\n2\t1\t1\n.I 2\n.W\nonly text\n");
        _folder.Write("c/C.QRY", ".I 1\n.W\n What is\n  a title?\n.I 2\n.T\nIgnored title\n.W\nSecond question.\n");
        _folder.Write("c/C.REL", "     1      2\t0\t0.000000\n     1      1\t0\t0.000000\n");
        var collection = SmartCollectionReader.Read(_folder["c"], _folder["docs.jsonl"]);

        var docs = File.ReadAllLines(_folder["docs.jsonl"]).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["1", "2"], docs.Select(d => d.GetProperty("id").GetString()));
        Assert.Equal("A title on two lines", docs[0].GetProperty("title").GetString());
        Assert.Equal("First line of text.\nSecond line.", docs[0].GetProperty("body").GetString());
        Assert.Equal("", docs[1].GetProperty("title").GetString());

        Assert.Equal([new Topic("1", "What is a title?"), new Topic("2", "Second question.")], collection.Topics);
        Assert.Equal(1, collection.JudgmentsOf("1")["2"]);
        Assert.Equal(["1", "2"], collection.JudgmentsOf("1").Keys.Order());
        Assert.Empty(collection.JudgmentsOf("2"));
    }

    [Fact]
    public void ReadsTrecQrelsWithGradesAndTopicsAsTsv()
    {
        _folder.Write("docs.jsonl", "{\"id\":\"d1\",\"title\":\"t\",\"body\":\"b\"}\n");
        _folder.Write("topics.tsv", "101\tfirst topic\n\n102\tsecond topic\n");
        _folder.Write("qrels", "101 0 d1 2\n101 0 d2 0\n102 0 d1 1\n");
        var collection = TrecCollectionReader.Read(_folder["docs.jsonl"], _folder["topics.tsv"], _folder["qrels"]);
        Assert.Equal(["101", "102"], collection.Topics.Select(t => t.Id));
        Assert.Equal(2, collection.JudgmentsOf("101")["d1"]);
        Assert.Equal(0, collection.JudgmentsOf("101")["d2"]);
    }

    [Fact]
    public void NamesTheLineOfAMalformedJudgment()
    {
        _folder.Write("qrels", "1 0 d1 1\n1 d2\n");
        var e = Assert.Throws<FormatException>(() => SmartCollectionReader.ReadJudgments(_folder["qrels"]));
        Assert.StartsWith($"{_folder["qrels"]}:2:", e.Message);
    }

    [Fact]
    public void TurnsATopicIntoEscapedWordsWithoutOperators()
    {
        Assert.Equal("what information science\\? give definitions where possible.",
            TopicQuery.From("What AND information or science? Give definitions - where possible."));
    }

    public void Dispose() => _folder.Dispose();
}
