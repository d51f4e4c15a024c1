using System.Text.Json;

namespace Search.Benchmarks.Report;

/// <summary>
/// What takes the space in an index folder, by the kind of data Lucene's file extensions hold: postings,
/// the terms dictionary, stored fields, doc values, norms. It reads any engine's folder, so ours and
/// Lucene Java's are broken down alike (<c>space INDEX_DIR ENGINE CORPUS</c>, run by side-by-side.sh).
/// </summary>
internal static class IndexSpace
{
    /// <summary>Each kind with the extensions of its files (Lucene 4.x to 8.x codecs); anything else is "other".</summary>
    public static readonly IReadOnlyList<(string Kind, string[] Extensions)> Kinds =
    [
        ("postings (docs, positions, offsets)", ["doc", "pos", "pay"]),
        ("terms dictionary", ["tim", "tip"]),
        ("stored fields", ["fdt", "fdx", "fdm"]),
        ("doc values", ["dvd", "dvm"]),
        ("norms", ["nvd", "nvm"]),
        ("points (numeric ranges)", ["dii", "dim", "kdi", "kdd", "kdm"]),
        ("compound files (small segments)", ["cfs", "cfe"]),
    ];

    public const string Other = "other";

    /// <summary>Megabytes (10^6 bytes) by kind, in the order of <see cref="Kinds"/>, then <see cref="Other"/>.</summary>
    public static IReadOnlyList<(string Kind, double Mb)> Of(string folder)
    {
        var files = Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).ToList()
            : File.Exists(folder) ? [new FileInfo(folder)] : [];
        var sizes = new Dictionary<string, double>();
        foreach (var file in files)
            foreach (var (name, length) in Entries(file))
                sizes[KindOf(name)] = sizes.GetValueOrDefault(KindOf(name)) + length / 1e6;
        return Kinds.Select(k => k.Kind).Append(Other).Select(k => (k, sizes.GetValueOrDefault(k))).ToList();
    }

    private static string KindOf(string fileName) =>
        Kinds.FirstOrDefault(k => k.Extensions.Contains(Path.GetExtension(fileName).TrimStart('.'), StringComparer.OrdinalIgnoreCase)).Kind ?? Other;

    // A compound file holds a whole small segment's files; its entries are counted by their own kinds where
    // Lucene.NET can read its table (Lucene 4.x's format), else the compound file counts as one.
    private static IEnumerable<(string Name, long Length)> Entries(FileInfo file)
    {
        if (!file.Extension.Equals(".cfs", StringComparison.OrdinalIgnoreCase)) return [(file.Name, file.Length)];
        try
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(file.DirectoryName!);
            using var compound = new Lucene.Net.Store.CompoundFileDirectory(directory, file.Name, Lucene.Net.Store.IOContext.READ_ONCE, false);
            var entries = compound.ListAll().Select(name => (name, compound.FileLength(name))).ToList();
            long overhead = file.Length - entries.Sum(e => e.Item2);
            return entries.Append((file.Name, overhead));
        }
        catch (Exception e) when (e is IOException or Lucene.Net.Index.CorruptIndexException or InvalidOperationException or NotSupportedException)
        {
            return [(file.Name, file.Length)];
        }
    }

    public static int Run(string folder, string engine, string corpus, TextWriter output)
    {
        if (!Directory.Exists(folder) && !File.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: no such index folder");
            return 1;
        }
        var space = Of(folder);
        output.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["phase"] = "space", ["engine_name"] = engine, ["corpus_name"] = corpus,
            ["total_mb"] = Math.Round(space.Sum(s => s.Mb), 2),
            ["space_mb"] = space.ToDictionary(s => s.Kind, s => Math.Round(s.Mb, 2)),
        }));
        return 0;
    }
}
