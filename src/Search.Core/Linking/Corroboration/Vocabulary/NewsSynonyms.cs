using Lucene.Net.Analysis;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The curated news synonyms (<c>news-synonyms.txt</c>, shipped in the assembly): each word's stem maps to
/// its group's first stem, so "decapitated" and "beheaded" count as one word when passages are compared. A search expands a
/// word to its group, save the words that mean the group's thing only in the context of an event ("cut" off).
/// </summary>
internal sealed class NewsSynonyms
{
    public static NewsSynonyms None { get; } = new(new Dictionary<string, string>(), new HashSet<string>(), new Dictionary<string, List<string>>(), new Dictionary<string, string>(),
        new Dictionary<string, List<SpelledOut>>());

    // The numbers news writes either way ("13 police" and "thirteen police"): two to twenty, and the tens. "one" is left out,
    // as it is a pronoun as often ("one of the protesters"), and so are larger numbers, which reports write in digits.
    private static readonly string[] NumberWords =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];
    private static readonly string[] TensWords = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] Units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private readonly IReadOnlyDictionary<string, string> _groups;
    private readonly IReadOnlySet<string> _inContext;
    private readonly ILookup<string, string> _members;
    private readonly ILookup<string, string> _compared; // every member, those in context included
    private readonly IReadOnlyDictionary<string, List<string>> _words; // each stem's words, as the file writes them
    private readonly IReadOnlyDictionary<string, string> _numbers; // a number's digits to its word's stem, and back
    private readonly IReadOnlyDictionary<string, List<SpelledOut>> _spelledOut; // an abbreviation's stem to its words
    private Dictionary<string, string[]> _compounds = []; // "23" to the stems of "twenty" and "three"
    private Dictionary<(string Tens, string Unit), string> _compoundDigits = [];

    private NewsSynonyms(IReadOnlyDictionary<string, string> groups, IReadOnlySet<string> inContext, IReadOnlyDictionary<string, List<string>> words,
        IReadOnlyDictionary<string, string> numbers, IReadOnlyDictionary<string, List<SpelledOut>> spelledOut)
    {
        _groups = groups;
        _spelledOut = spelledOut;
        _numbers = numbers;
        _inContext = inContext;
        _words = words;
        _members = groups.Where(g => !inContext.Contains(g.Key)).ToLookup(g => g.Value, g => g.Key, StringComparer.Ordinal);
        _compared = groups.ToLookup(g => g.Value, g => g.Key, StringComparer.Ordinal);
    }

    /// <summary>The stems that count as this stem when two reports are compared: its whole group, the words in context included.</summary>
    public IEnumerable<string> Compared(string stem) => _groups.TryGetValue(stem, out string? group) ? _compared[group] : [stem];

    public int Count => _groups.Count;

    /// <summary>
    /// The stems a search for this stem also finds: its group, itself included, but no word that is the group's only in the
    /// context of an event (a search for "blackout" does not find a rate "cut", nor one for "cut" a blackout); and a number
    /// from two to twenty and the tens to ninety written the other way ("13" finds "thirteen", "eight" finds "8").
    /// </summary>
    public IEnumerable<string> Alike(string stem) =>
        _numbers.TryGetValue(stem, out string? number) ? [stem, number]
        : !_inContext.Contains(stem) && _groups.TryGetValue(stem, out string? group) ? _members[group] : [stem];

    /// <summary>
    /// The stems of a number from 21 to 99 written in words ("23": "twenty", "three"), which the index holds as two words; null
    /// for any other word. A sentence opens on its count in words at any size ("Twenty-three killed in blast").
    /// </summary>
    public IReadOnlyList<string>? CompoundOf(string digits) => _compounds.GetValueOrDefault(digits);

    /// <summary>The digits of a number written as two words' stems ("twenti", "three": "23"), or null.</summary>
    public string? CompoundDigits(string tens, string unit) => _compoundDigits.GetValueOrDefault((tens, unit));

    /// <summary>The words an abbreviation stands for ("ipo": "initial public offering"), as stems; none for any other stem.</summary>
    public IReadOnlyList<SpelledOut> SpelledOutOf(string stem) => _spelledOut.TryGetValue(stem, out var spelled) ? spelled : [];

    /// <summary>Each abbreviation's stem with the words it stands for, longest words first.</summary>
    public IEnumerable<(string Stem, SpelledOut Meaning)> Abbreviations =>
        _spelledOut.SelectMany(a => a.Value.Select(m => (a.Key, m))).OrderByDescending(a => a.m.Stems.Count);

    /// <summary>
    /// A stem as the file writes its word ("decapit" is "decapitated"), to name it to a reader; else the stem. Of several words
    /// of one stem ("arrest", "arrested"), the one that ends as <paramref name="like"/> does (the word typed: "detained" names
    /// "arrested"), else the first.
    /// </summary>
    public string WordOf(string stem, string? like = null)
    {
        if (!_words.TryGetValue(stem, out var words)) return stem;
        if (like == null) return words[0];
        return words.OrderByDescending(w => Analysis.WordDistance.CommonEnding(w, like)).First(); // a stable order: the first of equals
    }

    /// <summary>The group a stem belongs to, or the stem itself.</summary>
    public string Group(string stem) => _groups.TryGetValue(stem, out string? group) ? group : stem;

    public static NewsSynonyms Load(Analyzer analyzer)
    {
        using var stream = typeof(NewsSynonyms).Assembly.GetManifestResourceStream("Search.Core.Linking.Corroboration.news-synonyms.txt")
            ?? throw new InvalidOperationException("news-synonyms.txt is not embedded");
        using var reader = new StreamReader(stream);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        var inContext = new HashSet<string>(StringComparer.Ordinal);
        var spelledOut = new Dictionary<string, List<SpelledOut>>(StringComparer.Ordinal);
        var written = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Write(string stem, string word)
        {
            if (!written.TryGetValue(stem, out var words)) written[stem] = words = [];
            if (!words.Contains(word)) words.Add(word);
        }
        List<string> StemsOf(string words) => words.Split(',').SelectMany(w =>
        {
            var stems = Stems.Of(analyzer, w);
            foreach (string stem in stems) Write(stem, w.Trim());
            return stems;
        }).ToList();
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            if (line.Split('=', 2) is [var abbreviation, var meanings])
            {
                if (Stems.Of(analyzer, abbreviation) is not [var shortStem]) continue;
                var list = spelledOut.TryGetValue(shortStem, out var known) ? known : spelledOut[shortStem] = [];
                foreach (string meaning in meanings.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    if (Stems.Of(analyzer, meaning) is { Count: > 1 } words) list.Add(new SpelledOut(meaning, words) { Abbreviation = abbreviation.Trim().ToUpperInvariant() });
                continue;
            }
            var parts = line.Split('|', 2);
            var stems = StemsOf(parts[0]);
            if (stems.Count == 0) continue;
            foreach (string stem in stems) groups.TryAdd(stem, stems[0]);
            if (parts.Length < 2) continue;
            foreach (string stem in StemsOf(parts[1]))
                if (groups.TryAdd(stem, stems[0])) inContext.Add(stem);
        }
        var numbers = new Dictionary<string, string>(StringComparer.Ordinal);
        var spelled = NumberWords.Select((word, i) => (Word: word, Value: i + 2)).Concat(TensWords.Select((word, i) => (Word: word, Value: 30 + 10 * i)));
        foreach (var (word, value) in spelled)
        {
            if (Stems.Of(analyzer, word) is not [var stem]) continue;
            string digits = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            numbers[stem] = digits;
            numbers[digits] = stem;
            Write(stem, word);
        }
        var compounds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var tensWords = TensWords.Prepend("twenty").ToArray();
        for (int tens = 0; tens < tensWords.Length; tens++)
            for (int unit = 0; unit < Units.Length; unit++)
                if (Stems.Of(analyzer, tensWords[tens]) is [var tensStem] && Stems.Of(analyzer, Units[unit]) is [var unitStem])
                    compounds[(20 + 10 * tens + unit + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)] = [tensStem, unitStem];
        return new NewsSynonyms(groups, inContext, written, numbers, spelledOut)
        {
            _compounds = compounds,
            _compoundDigits = compounds.ToDictionary(c => (c.Value[0], c.Value[1]), c => c.Key),
        };
    }
}

/// <summary>What an abbreviation stands for: the words as the file writes them, and their stems in order.</summary>
internal sealed record SpelledOut(string Written, IReadOnlyList<string> Stems)
{
    /// <summary>The abbreviation as news writes it ("IPO").</summary>
    public string Abbreviation { get; init; } = "";
}
