using System.Reflection;

namespace Search.Core.Extraction;

/// <summary>
/// The curated list of known people, organizations, places and news outlets with their aliases,
/// loaded from a tab-separated data file (<c>Extraction/Gazetteers/Data/gazetteer.tsv</c>:
/// <c>kind, canonical name, aliases separated by '|', tags, country</c>; <see cref="GazetteerFile"/>). Immutable once loaded; share one instance.
/// </summary>
public sealed class Gazetteer
{
    /// <summary>A name as written in the data file, under its comparison key.</summary>
    private sealed record Name(GazetteerEntry Entry, string Text);

    private readonly Dictionary<string, List<Name>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _longestByFirstWord = new(StringComparer.Ordinal);

    // The same for names written with a lower-case first letter ("dpa"): the only names a lower-case word can open,
    // since Find never matches lower-case text to a capitalized name. Most words of a text are lower case.
    private readonly Dictionary<string, int> _longestByLowerFirstWord = new(StringComparer.Ordinal);

    // Ministries, departments and chambers by country (NationalBodies), built when loading ends.
    private NationalBodies _national = NationalBodies.Empty;

    /// <summary>Loads the gazetteer shipped with the library.</summary>
    public static Gazetteer LoadDefault() => Load(new GazetteerOptions());

    /// <summary>
    /// The one way to build the gazetteer from settings: the user's files (<see cref="GazetteerOptions.Files"/>)
    /// first, so their entries win where a name is shared, then the shipped one. A missing or malformed file
    /// is an error naming it (and the line).
    /// </summary>
    public static Gazetteer Load(GazetteerOptions options)
    {
        var gazetteer = new Gazetteer();
        foreach (string file in options.Files.Select(Indexing.RepositoryPaths.Resolve))
        {
            if (!File.Exists(file)) throw new FileNotFoundException($"{file}: gazetteer file not found ({GazetteerOptions.SectionName}:Files)", file);
            gazetteer.AddLines(File.ReadAllText(file), file);
        }
        const string resource = "Search.Core.Extraction.Data.gazetteer.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        gazetteer.AddLines(reader.ReadToEnd(), resource);
        gazetteer.IndexBodies();
        return gazetteer;
    }

    /// <summary>Parses gazetteer text; a malformed line is an error naming the line.</summary>
    public static Gazetteer Parse(string text, string origin)
    {
        var gazetteer = new Gazetteer();
        gazetteer.AddLines(text, origin);
        gazetteer.IndexBodies();
        return gazetteer;
    }

    private void AddLines(string text, string origin)
    {
        foreach (var entry in GazetteerFile.Entries(text, origin)) Add(entry);
    }

    /// <summary>
    /// The country a place lay in in a story's year: the gazetteer's, or the union that country was then part of (Moscow in
    /// 1987 is in the Soviet Union, Belgrade in Yugoslavia). Null for a place with no country above it.
    /// </summary>
    public string? CountryIn(GazetteerEntry place, int? year) =>
        place.Country is { } country && year is { } y && Find(country) is { Type: EntityType.Place, Within: var (union, until) } && y <= until ? union : place.Country;

    private void Add(GazetteerEntry entry)
    {
        foreach (string name in entry.AllNames.SelectMany(n => entry.Type == EntityType.Organization ? WithEitherCompanyForm(n) : [n]))
        {
            string key = NameKey.Of(name);
            if (key.Length == 0) continue;
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
            list.Add(new Name(entry, name));
            string[] keyWords = key.Split(' ');
            // Indexed by the word as a text's word reads it: "Moody's Investors Service" and "Goldman, Sachs" open with the
            // words "Moody" (its possessive cut off) and "Goldman" (the comma is no part of a word).
            string first = FirstWord(keyWords[0]);
            Lengthen(_longestByFirstWord, first, keyWords.Length);
            if (StartsLowerCase(name)) Lengthen(_longestByLowerFirstWord, first, keyWords.Length);
        }
    }

    // A company's form is written short or long as it comes ("Chevron Corp", "Commodity Credit Corporation"): a known
    // company is found under either.
    private static readonly (string Long, string Short)[] CompanyForms =
        [("Corporation", "Corp"), ("Company", "Co"), ("Incorporated", "Inc"), ("Limited", "Ltd")];

    internal static IEnumerable<string> WithEitherCompanyForm(string name)
    {
        yield return name;
        int space = name.LastIndexOf(' ');
        if (space < 0) yield break;
        string last = name[(space + 1)..].TrimEnd('.');
        foreach (var (full, abbreviated) in CompanyForms)
        {
            if (last == full) yield return name[..(space + 1)] + abbreviated;
            else if (last == abbreviated) yield return name[..(space + 1)] + full;
        }
    }

    private static string FirstWord(string keyWord)
    {
        keyWord = keyWord.TrimEnd(',');
        return keyWord.Length > 2 && keyWord.EndsWith("'s", StringComparison.Ordinal) ? keyWord[..^2] : keyWord;
    }

    private static void Lengthen(Dictionary<string, int> longest, string firstWord, int words) =>
        longest[firstWord] = Math.Max(longest.GetValueOrDefault(firstWord), words);

    // Lower-case text matches only a name written in lower case ("dpa"); Find and the first-word bounds share the rule.
    private static bool StartsLowerCase(ReadOnlySpan<char> text) => !text.IsEmpty && char.IsLower(text[0]);

    // Bodies and chambers by country: built when loading ends, from every entry.
    private void IndexBodies() => _national = NationalBodies.Of(this);

    /// <summary>The gazetteer's chamber or force of that country that the word alone names there ("Senate", "Army"), or null.</summary>
    internal GazetteerEntry? FindChamber(string word, string country) => _national.Chamber(word, country);

    /// <summary>Every entry, once.</summary>
    public IEnumerable<GazetteerEntry> Entries => _byKey.Values.SelectMany(names => names).Select(n => n.Entry).Distinct();

    /// <summary>Whether the name is a country's: one that some place lies in (not a sea or a continent, which have no country either).</summary>
    public bool IsCountry(string name) => (_countries ??= Entries.Select(e => e.Country).OfType<string>().ToHashSet(StringComparer.Ordinal)).Contains(name);

    private HashSet<string>? _countries;

    /// <summary>The country a place or demonym names ("Tokyo" → Japan, "Brazilian" → Brazil), or null.</summary>
    public string? CountryOf(string surface) =>
        Find(surface) is { Type: EntityType.Place } place ? place.Country ?? place.Name : null;

    /// <summary>The gazetteer's ministry or department of that country with this one name ("Department of Agriculture", United States), or null.</summary>
    internal GazetteerEntry? FindBody(string name, string country) => _national.Body(name, country);

    // Keys longer than this are made on the heap; no name in a gazetteer comes near it.
    private const int MaxStackKey = 256;

    /// <summary>
    /// How many words the longest name starting with <paramref name="word"/> has, or 0 when no name
    /// starts with it; lets matching skip most words of a text with one lookup. A lower-case word counts only names
    /// written in lower case, the only ones <see cref="Find(ReadOnlySpan{char}, int?)"/> matches it to. Allocates nothing for ASCII words.
    /// </summary>
    public int LongestNameStartingWith(string word) => LongestNameStartingWith(word.AsSpan());

    /// <inheritdoc cref="LongestNameStartingWith(string)"/>
    public int LongestNameStartingWith(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[MaxStackKey];
        int length = NameKey.Write(word, buffer);
        ReadOnlySpan<char> key = length >= 0 ? buffer[..length] : NameKey.Of(word.ToString());
        int space = key.IndexOf(' ');
        var longest = StartsLowerCase(word) ? _longestByLowerFirstWord : _longestByFirstWord;
        return longest.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(space < 0 ? key : key[..space], out int words) ? words : 0;
    }

    /// <summary>
    /// The entry a name written in a text refers to, or null. Short all-capital aliases match only text
    /// in capitals; other names must start with a capital letter unless the alias itself is lower case ("dpa").
    /// When the article's <paramref name="year"/> is known, a name no longer or not yet in use then is skipped
    /// (an "EC" of 2020 is the European Commission, of 1987 the European Community; a "Wagner" of 1987 is no Wagner Group);
    /// undated, the first listed wins.
    /// </summary>
    public GazetteerEntry? Find(string surface, int? year = null) => Find(surface.AsSpan(), year);

    /// <inheritdoc cref="Find(string, int?)"/>
    /// <remarks>Allocates only when some name has the text's key, so trying every span of a text costs no garbage.</remarks>
    public GazetteerEntry? Find(ReadOnlySpan<char> surface, int? year = null)
    {
        if (surface.IsEmpty) return null;
        Span<char> buffer = stackalloc char[MaxStackKey];
        int length = NameKey.Write(surface, buffer);
        bool known = length >= 0
            ? _byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(buffer[..length], out var names)
            : _byKey.TryGetValue(NameKey.Of(surface.ToString()), out names);
        if (!known) return null;
        string text = surface.ToString();
        foreach (var (entry, name) in names!)
        {
            if (year > entry.Until || year < entry.Since) continue;
            if (NameKey.IsCaseSensitive(name) && !string.Equals(name.Replace(".", ""), text.Replace(".", ""), StringComparison.Ordinal)) continue;
            if (StartsLowerCase(text) && !StartsLowerCase(name)) continue;
            if (!KeepsCapitals(text, name)) continue;
            return entry;
        }
        return null;
    }

    // "The diplomat said" is not the outlet The Diplomat: after the first word, a name's capitalized words stay
    // capitalized in the text (unless the text is all capitals, where case says nothing); particles vary ("Willy de Clercq").
    private static bool KeepsCapitals(string surface, string name)
    {
        int space = surface.IndexOf(' ');
        if (space < 0 || !surface.Any(char.IsLower)) return true;
        string[] written = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries), listed = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (written.Length != listed.Length) return true;
        for (int i = 1; i < written.Length; i++)
            if (listed[i].Length > 3 && char.IsUpper(listed[i][0]) && char.IsLower(written[i][0])) return false;
        return true;
    }

    /// <summary>
    /// The canonical name for a name an input gives outright (a JSON Lines <c>place</c> such as "usa"):
    /// the gazetteer's entry of that type whatever the case, else the name as given.
    /// </summary>
    public string Canonical(EntityType type, string given, bool outlet = false)
    {
        if (_byKey.TryGetValue(NameKey.Of(given), out var names))
            foreach (var (entry, _) in names)
                if (entry.Type == type && (!outlet || entry.IsOutlet)) return entry.Name;
        return given;
    }

    /// <summary>
    /// The news outlet a line that is nothing but a name refers to, whatever its case: a wire sign-off
    /// ("reuter", "REUTER") carries no signal in its capitals, unlike a word inside a sentence.
    /// </summary>
    public GazetteerEntry? FindOutletLine(string line)
    {
        string name = line.Trim().TrimEnd('.', '…', ' ').TrimStart('-', '–', '—', ' ');
        if (FindOutlet(name) is { } outlet) return outlet;
        if (!_byKey.TryGetValue(NameKey.Of(name), out var names)) return null;
        return names.FirstOrDefault(n => n.Entry.IsOutlet && !NameKey.IsCaseSensitive(n.Text))?.Entry;
    }

    /// <summary>The news outlet a name refers to, or null.</summary>
    public GazetteerEntry? FindOutlet(string surface) => Find(surface) is { IsOutlet: true } e ? e : null;

    /// <summary>Every name (canonical and aliases) of the entity with this canonical name and type.</summary>
    public IReadOnlyList<string> NamesOf(EntityType type, string canonical) =>
        _byKey.TryGetValue(NameKey.Of(canonical), out var names)
            ? names.FirstOrDefault(n => n.Entry.Type == type && n.Entry.Name == canonical)?.Entry.AllNames.ToList() ?? [canonical]
            : [canonical];
}
