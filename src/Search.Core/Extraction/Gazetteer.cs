using System.Reflection;

namespace Search.Core.Extraction;

/// <summary>
/// The curated list of known people, organizations, places and news outlets with their aliases,
/// loaded from a tab-separated data file (<c>Extraction/Data/gazetteer.tsv</c>:
/// <c>kind, canonical name, aliases separated by '|', tags</c>). Immutable once loaded; share one instance.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly List<GazetteerEntry> _entries = [];

    /// <summary>The longest name, in words, so matching knows how far to look ahead.</summary>
    public int MaxWords { get; private set; } = 1;

    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>Loads the gazetteer shipped with the library.</summary>
    public static Gazetteer LoadDefault()
    {
        const string resource = "Search.Core.Extraction.Data.gazetteer.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resource);
    }

    /// <summary>Parses gazetteer text; a malformed line is an error naming the line.</summary>
    public static Gazetteer Parse(string text, string origin)
    {
        var gazetteer = new Gazetteer();
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            string[] columns = line.Split('\t');
            if (columns.Length < 2 || columns[1].Trim().Length == 0)
                throw new FormatException($"{origin}:{i + 1}: expected 'kind<TAB>name<TAB>aliases<TAB>tags'");
            EntityType type = columns[0].Trim() switch
            {
                "person" => EntityType.Person,
                "org" => EntityType.Organization,
                "place" => EntityType.Place,
                var other => throw new FormatException($"{origin}:{i + 1}: unknown kind '{other}' (person, org or place)"),
            };
            var aliases = columns.Length > 2
                ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            bool outlet = columns.Length > 3 && columns[3].Split(',').Any(t => t.Trim() == "outlet");
            gazetteer.Add(new GazetteerEntry(type, columns[1].Trim(), aliases, outlet));
        }
        return gazetteer;
    }

    private void Add(GazetteerEntry entry)
    {
        _entries.Add(entry);
        foreach (string name in entry.AllNames)
        {
            string key = NameKey.Of(name);
            if (key.Length == 0) continue;
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            if (!list.Contains(entry)) list.Add(entry);
            MaxWords = Math.Max(MaxWords, key.Count(c => c == ' ') + 1);
        }
    }

    /// <summary>
    /// The entry a name written in a text refers to, or null. Short all-capital aliases match only text
    /// in capitals; other names must start with a capital letter unless the alias itself is lower case ("dpa").
    /// </summary>
    public GazetteerEntry? Find(string surface)
    {
        if (!_byKey.TryGetValue(NameKey.Of(surface), out var candidates)) return null;
        foreach (var entry in candidates)
        {
            foreach (string name in entry.AllNames)
            {
                if (NameKey.Of(name) != NameKey.Of(surface)) continue;
                if (NameKey.IsCaseSensitive(name) && !string.Equals(name.Replace(".", ""), surface.Replace(".", ""), StringComparison.Ordinal)) continue;
                if (char.IsLower(surface[0]) && !char.IsLower(name[0])) continue;
                return entry;
            }
        }
        return null;
    }

    /// <summary>The news outlet a name refers to, or null.</summary>
    public GazetteerEntry? FindOutlet(string surface) => Find(surface) is { IsOutlet: true } e ? e : null;

    /// <summary>Every name (canonical and aliases) of the entity with this canonical name and type.</summary>
    public IReadOnlyList<string> NamesOf(EntityType type, string canonical) =>
        _byKey.TryGetValue(NameKey.Of(canonical), out var list)
            ? list.FirstOrDefault(e => e.Type == type && e.Name == canonical)?.AllNames.ToList() ?? [canonical]
            : [canonical];
}
