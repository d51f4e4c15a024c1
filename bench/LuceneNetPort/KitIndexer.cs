using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace LuceneNetPort;

/// <summary>
/// The kit's `index` command: parse the JSON Lines, analyse, add one document per article, commit once. With passages,
/// each article's paragraphs follow it as documents of their own (<see cref="PassageLayout.AfterArticle"/>, the
/// product's layout), or are added by a second thread (<see cref="PassageLayout.Apart"/>): Lucene gives each thread its
/// own in-memory segment, so articles and passages land in segments of their own, and merges keep each kind in runs.
/// </summary>
internal static class KitIndexer
{
    public static void Run(string corpus, string indexDir, double ramMb, PassageLayout passages)
    {
        var config = new IndexWriterConfig(KitLayout.Version, KitLayout.Analyzer())
        {
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = ramMb,
            OpenMode = OpenMode.CREATE,
        };
        long docs = 0, passageDocs = 0, textBytes = 0, jsonBytes = 0;
        var clock = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(indexDir))
        using (var writer = new IndexWriter(directory, config))
        using (var reader = new StreamReader(corpus, Encoding.UTF8))
        {
            using var apart = passages == PassageLayout.Apart ? new System.Collections.Concurrent.BlockingCollection<List<Document>>(256) : null;
            var passageWriter = apart is null ? null : Task.Factory.StartNew(() =>
            {
                foreach (var batch in apart.GetConsumingEnumerable())
                    foreach (var doc in batch) writer.AddDocument(doc);
            }, TaskCreationOptions.LongRunning);
            while (reader.ReadLine() is { } line)
            {
                if (string.IsNullOrWhiteSpace(line)) continue;
                jsonBytes += Encoding.UTF8.GetByteCount(line) + 1;
                using var json = JsonDocument.Parse(line);
                var article = json.RootElement;
                string title = Text(article, "title") ?? "";
                string body = Text(article, "body") ?? "";
                textBytes += Encoding.UTF8.GetByteCount(title) + Encoding.UTF8.GetByteCount(body);
                string id = Text(article, "id") ?? "";
                writer.AddDocument(ArticleDocument(article, id, title, body));
                if (passages != PassageLayout.None)
                {
                    var documents = Paragraphs(body).Select(p => PassageDocument(id, p)).ToList();
                    passageDocs += documents.Count;
                    if (apart is null) writer.AddDocuments(documents);
                    else apart.Add(documents);
                }
                if (++docs % 100_000 == 0) Console.Error.WriteLine($"  {docs} docs, {clock.Elapsed.TotalSeconds:F1}s");
            }
            apart?.CompleteAdding();
            passageWriter?.Wait();
            var commit = Stopwatch.StartNew();
            writer.Commit();
            Console.Error.WriteLine($"  commit {commit.Elapsed.TotalSeconds:F1}s");
        }
        double secs = clock.Elapsed.TotalSeconds;
        int segments;
        using (var directory = FSDirectory.Open(indexDir))
        using (var reader = DirectoryReader.Open(directory))
            segments = reader.Leaves.Count;
        KitOutput.Line(
            $"{{\"engine\":\"lucenenet\",\"phase\":\"index\",\"corpus\":{KitOutput.Quote(corpus)},\"docs\":{docs},\"passage_docs\":{passageDocs}," +
            $"\"text_mb\":{textBytes / 1e6:F2},\"jsonl_mb\":{jsonBytes / 1e6:F2},\"secs\":{secs:F2},\"docs_per_s\":{docs / secs:F0}," +
            $"\"text_mb_per_s\":{textBytes / 1e6 / secs:F2},\"index_mb\":{KitOutput.DirectoryBytes(indexDir) / 1e6:F2}," +
            $"\"segments\":{segments},\"peak_rss_mb\":{KitOutput.PeakRssMb():F0}}}");
    }

    private static Document ArticleDocument(JsonElement article, string id, string title, string body)
    {
        var doc = new Document
        {
            new StringField("id", id, Field.Store.YES),
            new Field("title", title, KitLayout.Title),
            new Field("body", body, KitLayout.Body),
        };
        if (Text(article, "date") is { Length: 10 } date)
        {
            AddFacet(doc, "day", date);
            doc.Add(new Int64Field("date", long.Parse(date.Replace("-", ""), System.Globalization.CultureInfo.InvariantCulture), Field.Store.NO));
        }
        if (Text(article, "source") is { Length: > 0 } source) AddFacet(doc, "source", source);
        foreach (string dimension in KitLayout.MultiValued)
        {
            if (!article.TryGetProperty(dimension, out var values) || values.ValueKind != JsonValueKind.Array) continue;
            var seen = new HashSet<string>();
            foreach (var value in values.EnumerateArray())
                if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && seen.Add(text))
                    AddFacet(doc, dimension, text);
        }
        return doc;
    }

    /// <summary>What Lucene's FacetsConfig adds for a sorted-set facet: the value to count and the terms to drill down.</summary>
    private static void AddFacet(Document doc, string dimension, string value)
    {
        string path = dimension + KitLayout.FacetSeparator + value;
        doc.Add(new SortedSetDocValuesField(KitLayout.FacetField, new BytesRef(path)));
        doc.Add(new StringField(KitLayout.FacetField, path, Field.Store.NO));
        doc.Add(new StringField(KitLayout.FacetField, dimension, Field.Store.NO));
    }

    /// <summary>A passage as the product writes one: a kind, its article's id (stored) and the paragraph's words.</summary>
    private static Document PassageDocument(string articleId, string paragraph) =>
    [
        new StringField("kind", "passage", Field.Store.NO),
        new StringField("article", articleId, Field.Store.YES),
        new Field("passage", paragraph, KitLayout.Passage),
    ];

    /// <summary>
    /// Paragraphs by the product's rule for plain text: a blank line ends one, and so does a line end, unless the line
    /// runs on into the next (no sentence end before it, a lower-case letter after it: hard-wrapped text).
    /// </summary>
    private static IEnumerable<string> Paragraphs(string body)
    {
        var current = new StringBuilder();
        foreach (string raw in body.Split('\n'))
        {
            string line = raw.Trim();
            bool runsOn = line.Length > 0 && current.Length > 0 && !".!?:;\"')]".Contains(current[^1]) && char.IsLower(line[0]);
            if (!runsOn && current.Length > 0)
            {
                yield return current.ToString();
                current.Clear();
            }
            if (line.Length == 0) continue;
            if (current.Length > 0) current.Append(' ');
            current.Append(line);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    private static string? Text(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>Where passage documents go, if anywhere (PORT_PASSAGES=1 or apart).</summary>
internal enum PassageLayout
{
    None,
    AfterArticle,
    Apart,
}
