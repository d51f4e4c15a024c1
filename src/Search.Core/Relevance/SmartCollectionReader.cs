using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Search.Core.Relevance;

/// <summary>
/// Reads a collection in the SMART layout of CISI and MED: <c>*.ALL</c> (documents), <c>*.QRY</c> (topics) and
/// <c>*.REL</c> (judgments) in one folder. Records start with <c>.I n</c>; a field runs from its marker line
/// (<c>.T</c> title, <c>.W</c> text; others are left out) to the next marker. Documents become JSON Lines with
/// the title (stripped lines joined by a space) and the body (stripped, non-empty lines joined by a new line).
/// Judgments are read in either layout the collections use: TREC qrels (<c>qid iter docid grade</c>) or
/// CISI's (<c>qid docid 0 0.000000</c>, told apart by its decimal fourth column).
/// </summary>
public static partial class SmartCollectionReader
{
    [GeneratedRegex(@"^\.([A-Z])[ \t]*(.*)$")]
    private static partial Regex Marker();

    /// <summary>Reads the collection in <paramref name="folder"/>, writing its documents to <paramref name="documentsPath"/>.</summary>
    /// <exception cref="FileNotFoundException">A file of the three is missing.</exception>
    public static JudgedCollection Read(string folder, string documentsPath)
    {
        string all = One(folder, "*.ALL"), queries = One(folder, "*.QRY"), judgments = One(folder, "*.REL");
        using (var writer = new StreamWriter(documentsPath, false, new UTF8Encoding(false)))
        {
            foreach (var record in Records(all))
            {
                string title = string.Join(' ', record.Lines("T").Select(l => l.Trim()).Where(l => l.Length > 0));
                string body = string.Join('\n', record.Lines("W").Select(l => l.Trim()).Where(l => l.Length > 0));
                writer.WriteLine(JsonSerializer.Serialize(new { id = record.Id, title, body }));
            }
        }
        var topics = Records(queries)
            .Select(r => new Topic(r.Id, string.Join(' ', string.Join(' ', r.Lines("W")).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))))
            .ToList();
        return new JudgedCollection(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)).ToLowerInvariant(),
            documentsPath, topics, ReadJudgments(judgments));
    }

    /// <summary>Judgments in TREC qrels or CISI layout.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReadJudgments(string path)
    {
        var judgments = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            var columns = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (columns.Length == 0) continue;
            if (columns.Length != 4) throw new FormatException($"{path}:{number}: expected 4 columns, found {columns.Length}");
            bool cisi = columns[3].Contains('.');
            string topic = columns[0], document = cisi ? columns[1] : columns[2];
            int grade = cisi ? 1 : int.Parse(columns[3], System.Globalization.CultureInfo.InvariantCulture);
            if (!judgments.TryGetValue(topic, out var judged)) judgments[topic] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            judged[document] = grade;
        }
        return judgments.ToDictionary(j => j.Key, j => (IReadOnlyDictionary<string, int>)j.Value, StringComparer.Ordinal);
    }

    private static string One(string folder, string pattern)
    {
        var files = Directory.GetFiles(folder, pattern);
        if (files.Length != 1) throw new FileNotFoundException($"{folder}: expected one {pattern} file, found {files.Length}");
        return files[0];
    }

    private sealed record Record(string Id, Dictionary<string, List<string>> Fields)
    {
        public IEnumerable<string> Lines(string field) => Fields.TryGetValue(field, out var lines) ? lines : [];
    }

    private static IEnumerable<Record> Records(string path)
    {
        Record? current = null;
        List<string>? field = null;
        foreach (string line in File.ReadLines(path))
        {
            var marker = Marker().Match(line);
            if (marker.Success && marker.Groups[1].Value == "I")
            {
                if (current != null) yield return current;
                current = new Record(marker.Groups[2].Value.Trim(), new Dictionary<string, List<string>>());
                field = null;
            }
            else if (marker.Success && marker.Groups[2].Value.Trim().Length == 0 && current != null)
            {
                string name = marker.Groups[1].Value;
                if (!current.Fields.TryGetValue(name, out field)) current.Fields[name] = field = [];
            }
            else
            {
                field?.Add(line);
            }
        }
        if (current != null) yield return current;
    }
}
