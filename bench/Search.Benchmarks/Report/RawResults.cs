using System.Text.Json;

namespace Search.Benchmarks.Report;

/// <summary>One JSON line of a sitting: the kit's index, query and summary lines (tagged by run.sh) and the load lines of side-by-side.sh.</summary>
internal sealed record RawLine(JsonElement Json)
{
    public string Phase => Text("phase") ?? "";
    public string Engine => Text("engine_name") ?? Text("engine") ?? "";
    public string Corpus => Text("corpus_name") ?? "";
    public string? Variant => Text("variant");

    public string? Text(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public double Number(string name) => Json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : double.NaN;
}

/// <summary>
/// The raw results of the sittings, one folder per corpus (<c>results/CORPUS/raw.jsonl</c> and <c>load.jsonl</c>),
/// with the figures the page reports. Where an engine ran more than once in a sitting, the median of its runs
/// is taken, and of two runs the worse (the slower, or the lower rate): the page never flatters an engine by
/// picking its best run.
/// </summary>
internal sealed class RawResults
{
    private readonly List<RawLine> _lines;

    private RawResults(List<RawLine> lines) => _lines = lines;

    public static RawResults Load(string folder)
    {
        var lines = new List<RawLine>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (string line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith('{')))
                lines.Add(new RawLine(JsonDocument.Parse(line).RootElement.Clone()));
        return new RawResults(lines);
    }

    /// <summary>Corpora with results, smallest first.</summary>
    public IReadOnlyList<string> Corpora =>
        _lines.Where(l => l.Phase == "index").GroupBy(l => l.Corpus).OrderBy(g => g.Max(l => l.Number("docs"))).Select(g => g.Key).ToList();

    /// <summary>Engines with results on a corpus, in the order they first ran.</summary>
    public IReadOnlyList<string> Engines(string corpus) =>
        _lines.Where(l => l.Corpus == corpus && l.Phase is "index" or "query").Select(l => l.Engine).Distinct().ToList();

    public IEnumerable<RawLine> Lines(string corpus, string engine, string phase) =>
        _lines.Where(l => l.Corpus == corpus && l.Engine == engine && l.Phase == phase);

    /// <summary>
    /// The median of a figure over an engine's lines of one phase (and variant); with an even count, the worse of the
    /// middle two: the upper for times and sizes, the lower for rates (fields ending in <c>_per_s</c>).
    /// </summary>
    public double Figure(string corpus, string engine, string phase, string field, string? variant = null)
    {
        var values = Lines(corpus, engine, phase).Where(l => variant == null || l.Variant == variant)
            .Select(l => l.Number(field)).Where(v => !double.IsNaN(v)).Order().ToList();
        if (values.Count == 0) return double.NaN;
        return field.EndsWith("_per_s", StringComparison.Ordinal) ? values[(values.Count - 1) / 2] : values[values.Count / 2];
    }

    public int Runs(string corpus, string engine, string phase, string? variant = null) =>
        Lines(corpus, engine, phase).Count(l => variant == null || l.Variant == variant);

    /// <summary>The lines of <c>concurrent</c> runs (full query from several threads), in the order they ran.</summary>
    public IReadOnlyList<RawLine> Concurrent => _lines.Where(l => l.Phase == "concurrent").ToList();

    /// <summary>The machine's load (1-minute average) before and after each engine ran, as side-by-side.sh recorded it.</summary>
    public IReadOnlyList<RawLine> Loads(string corpus) => _lines.Where(l => l.Corpus == corpus && l.Phase == "load").ToList();

    /// <summary>The last space breakdown of each engine's index on a corpus (<see cref="IndexSpace"/>).</summary>
    public IReadOnlyDictionary<string, RawLine> Space(string corpus) =>
        _lines.Where(l => l.Corpus == corpus && l.Phase == "space").GroupBy(l => l.Engine).ToDictionary(g => g.Key, g => g.Last());

    /// <summary>The site's levels under <c>search load</c> over a corpus's index (bench/site-load.sh), in the order they ran.</summary>
    public IReadOnlyList<RawLine> SiteLoad(string corpus) => _lines.Where(l => l.Corpus == corpus && l.Phase == "site-load").ToList();
}
