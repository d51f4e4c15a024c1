namespace Search.Core.Extraction;

/// <summary>
/// A country's bodies as the gazetteer names them, by the one name a report gives them: its ministries and departments
/// ("Russian Foreign Ministry" and "Ministry of Foreign Affairs of Russia" are one name per country), and its chambers and
/// forces by the one word a report of that country calls them ("the Senate" of a Washington story is the United States
/// Senate, which the gazetteer names "United States Senate" or "U.S. Senate").
/// </summary>
internal sealed class NationalBodies
{
    private static readonly Dictionary<string, string> ChamberWords = new(StringComparer.Ordinal)
    {
        ["Senate"] = "Senate", ["Congress"] = "Congress", ["House of Representatives"] = "House", ["Army"] = "Army", ["Navy"] = "Navy",
        ["Parliament"] = "Parliament",
    };

    private readonly Dictionary<(string Country, string Name), GazetteerEntry> _bodies = [];
    private readonly Dictionary<(string Country, string Word), GazetteerEntry> _chambers = [];

    public static NationalBodies Empty { get; } = new();

    /// <summary>The bodies of the gazetteer's entries, once its loading ends.</summary>
    public static NationalBodies Of(Gazetteer gazetteer)
    {
        var national = new NationalBodies();
        foreach (var entry in gazetteer.Entries.Where(e => e.Type == EntityType.Organization))
            foreach (string name in entry.AllNames)
            {
                foreach (var (ending, word) in ChamberWords)
                    if (name.EndsWith(" " + ending, StringComparison.Ordinal) && gazetteer.Find(name[..^(ending.Length + 1)]) is { Type: EntityType.Place, Country: null } nation)
                        national._chambers.TryAdd((nation.Name, word), entry);
                if (entry.Country is { } country && GovernmentBodyName.Parse(name.Split(' ', StringSplitOptions.RemoveEmptyEntries), gazetteer.CountryOf) is { } body
                    && (body.Country == null || body.Country == country))
                    national._bodies.TryAdd((country, NameKey.Of(body.Name)), entry);
            }
        return national;
    }

    /// <summary>The ministry or department of that country with this one name ("Department of Agriculture", United States), or null.</summary>
    public GazetteerEntry? Body(string name, string country) => _bodies.GetValueOrDefault((country, NameKey.Of(name)));

    /// <summary>The chamber or force of that country that the word alone names there ("Senate", "Army"), or null.</summary>
    public GazetteerEntry? Chamber(string word, string country) => _chambers.GetValueOrDefault((country, word));
}
