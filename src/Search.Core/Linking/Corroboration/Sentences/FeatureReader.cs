using Lucene.Net.Analysis;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Reads the <see cref="SentenceFeatures"/> of sentences, weighting words by how rare they are among the passages. The
/// gazetteer tells which places lie inside a country (for figures) and which names are news outlets (for attribution).
/// </summary>
internal sealed partial class FeatureReader(Analyzer analyzer, NewsSynonyms synonyms, Func<string, float> rarity, Gazetteer gazetteer)
{
    // Read once per synonyms (one per finder, with its one analyzer), not for every article a finder links.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsSynonyms, HashSet<string>> SceneKeys = new();

    private readonly HashSet<string> _sceneWords = SceneKeys.GetValue(synonyms, _ => SceneWords.Times.Concat(SceneWords.Function)
        .SelectMany(w => Stems.Of(analyzer, w)).Select(stem => "w:" + synonyms.Group(stem)).ToHashSet(StringComparer.Ordinal));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<NewsSynonyms, HashSet<string>> UnitKeys = new();

    private readonly HashSet<string> _units = UnitKeys.GetValue(synonyms, _ => Tallies.Units
        .SelectMany(w => Stems.Of(analyzer, w)).Select(stem => "w:" + synonyms.Group(stem)).ToHashSet(StringComparer.Ordinal));

    /// <summary>An exact number or a calendar day shared by two reports is strong evidence of one fact; a small number ("two") less so.</summary>
    public const float NumberWeight = 3f, SmallNumberWeight = 1.5f, DayWeight = 3f, EntityWeight = 1.5f;

    // A place's keys (or a site's), as a name and as its words, read once per place for all the sentences this reader reads.
    private readonly Dictionary<string, string[]> _placeKeys = new(StringComparer.Ordinal);

    private string[] PlaceKeys(Entity place)
    {
        if (_placeKeys.TryGetValue(place.Name, out var keys)) return keys;
        return _placeKeys[place.Name] = place.Mentions.Append(place.Name).SelectMany(m => Stems.Of(analyzer, m))
            .Select(stem => "w:" + synonyms.Group(stem)).Append("e:" + NameKey.Of(place.Name)).Distinct().ToArray();
    }

    /// <summary>The features of a sentence of an article published in <paramref name="published"/> (its year, if known).</summary>
    public SentenceFeatures Read(string anchor, string sentence, IReadOnlyList<Entity> entities, int? published = null)
    {
        var names = NamedSentence.Of(sentence, entities, gazetteer);
        string read = names.Read;
        var weights = new Dictionary<string, float>(StringComparer.Ordinal);
        var shown = new Dictionary<string, string>(StringComparer.Ordinal); // each feature as a reader knows it
        // By the name's key: "Andres Villacis" in one report is "Andrés Villacís" in another.
        foreach (string name in names.Names)
        {
            if (ShortNameOnly(name, sentence, entities)) continue;
            weights["e:" + NameKey.Of(name)] = EntityWeight;
            shown.TryAdd("e:" + NameKey.Of(name), name);
        }

        // A reporter's qualifier is part of the count it qualifies ("more than 2,000", "at least 13"), which the number feature
        // reads: two sentences that both say "more than" share no fact by it.
        var numbers = NumberMentions.In(read, ranges: false);
        string wording = read;
        foreach (var number in numbers)
            wording = string.Concat(wording.AsSpan(0, number.Start), new string(' ', number.QualifierEnd - number.Start), wording.AsSpan(number.QualifierEnd));

        // A speaker's name counts once, as the person, not again as its words: one official quoted by two reports on the
        // missing and on the fire weighed as much as a shared number, and linked the two facts.
        foreach (var (start, end) in names.Speakers)
            wording = string.Concat(wording.AsSpan(0, start), new string(' ', end - start), wording.AsSpan(end));

        // A word of a name does not say what happened: "Treaty" in Collective Security Treaty Organization, "Peacekeeping" in
        // CSTO Peacekeeping Collective Forces.
        var nameWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in names.Named)
            foreach (string stem in Stems.Of(analyzer, wording[start..end])) nameWords.Add("w:" + synonyms.Group(stem));

        var words = new List<string?>();
        foreach (var (stem, start, end) in Stems.Placed(analyzer, wording))
        {
            if (stem.All(char.IsAsciiDigit) || ScaledNumber().IsMatch(stem))
            {
                words.Add(null); // numbers are read as numbers below, in any spelling
                continue;
            }
            // "March" the month and "last year" are no march and nothing that lasts (WordSenses).
            string key = "w:" + synonyms.Group(stem) + (WordSenses.Other(wording, start, end) is { } sense ? "/" + sense : "");
            weights[key] = Math.Max(weights.GetValueOrDefault(key), rarity(stem));
            if (!shown.ContainsKey(key)) shown[key] = wording[start..end]; // its first spelling, cut out once
            words.Add(key);
        }
        foreach (var number in numbers.Where(n => !n.Vague && !names.InName(n.Start, n.End)))
        {
            // A share and a temperature are numbers of their own: "about 40% of the population" and "Temperatures topped 40
            // degrees" share no figure.
            string key = "n:" + number.Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture) + UnitOf(read, number.End);
            weights[key] = number.Value < 10 ? SmallNumberWeight : NumberWeight;
            shown.TryAdd(key, number.Value.ToString("#,0.##", System.Globalization.CultureInfo.InvariantCulture));
        }
        foreach (var (day, text) in NumberMentions.DaysWritten(read))
        {
            weights["d:" + day] = DayWeight;
            shown.TryAdd("d:" + day, text);
        }
        // A time of day is a number of its own: "shortly after 3 a.m." and "at around 03:00 local time" share it, and "10:50
        // a.m." shares no count with "10 of them critically".
        foreach (var (time, text) in NumberMentions.TimesWritten(read))
        {
            weights["t:" + time] = DayWeight;
            shown.TryAdd("t:" + time, text);
        }
        var figures = names.ReadFigures(published);
        // The words of its counts ("34 people were killed"): two reports of one sinking that give two tolls share the sinking.
        var counted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
            foreach (string stem in Stems.Of(analyzer, figure.Text)) counted.Add("w:" + synonyms.Group(stem));
        // Its scene: the places it names, as names and as words; the days and the words that state nothing alone are the reader's.
        var scene = new HashSet<string>(StringComparer.Ordinal);
        foreach (var place in entities.Where(e => e.Type == EntityType.Place && names.Names.Contains(e.Name)))
            scene.UnionWith(PlaceKeys(place));
        // A firm named as the site ("the Quimica del Istmo plant") is where it happened, as a place is.
        foreach (var site in entities.Where(e => e.Type == EntityType.Organization && names.Sites.Contains(e.Name)))
            scene.UnionWith(PlaceKeys(site));
        return new SentenceFeatures(anchor, sentence, weights, figures)
        {
            Tallies = ReadTallies(read, figures),
            Scene = scene, SceneWords = _sceneWords,
            CountWords = counted, Shown = shown,
            Words = words, NameWords = nameWords, Time = SentenceTime.Of(read, published), Places = names.Places,
            Denied = ReadDenied(read),
        };
    }

    // A firm named here only by a word of its name ("Halcyon" of Halcyon Technologies) is that word already: counted as the firm
    // too, it weighed twice, and tied any two sentences that named it ("Shares of Norvane fell" and "Shares of Norvane closed").
    // An acronym or another name ("OTSC" of the CSTO) is no word of the name: the entity is what ties it to the name.
    private static bool ShortNameOnly(string name, string sentence, IReadOnlyList<Entity> entities) =>
        entities.FirstOrDefault(e => e.Name == name) is { Type: EntityType.Organization } firm
        && !firm.Mentions.Append(firm.Name).Any(m => sentence.Contains(m, StringComparison.Ordinal) && (m.Contains(' ') || !firm.Name.Split(' ').Contains(m)));

    // "no patient deaths", "no injuries among": the words a sentence says there were none of (up to three after "no", to the
    // first word that states nothing, "had" or "the"), as keys. Not a qualifier ("no more than 10") nor "no longer".
    private HashSet<string> ReadDenied(string read)
    {
        HashSet<string>? denied = null;
        foreach (System.Text.RegularExpressions.Match m in NoneOf().Matches(read))
            foreach (string word in m.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (Stems.Of(analyzer, word) is not [var stem] || _sceneWords.Contains("w:" + synonyms.Group(stem))) break;
                (denied ??= new HashSet<string>(StringComparer.Ordinal)).Add("w:" + synonyms.Group(stem));
            }
        // "No one has been killed", "nobody was hurt": what happened to no one, its auxiliaries left out.
        foreach (System.Text.RegularExpressions.Match m in NoOne().Matches(read))
            foreach (string stem in Stems.Of(analyzer, m.Groups[1].Value))
                if (!_sceneWords.Contains("w:" + synonyms.Group(stem))) (denied ??= new HashSet<string>(StringComparer.Ordinal)).Add("w:" + synonyms.Group(stem));
        return denied ?? NoneDenied;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:[Nn]o one|[Nn]obody)((?: \p{Ll}+){1,3})")]
    private static partial System.Text.RegularExpressions.Regex NoOne();

    private static readonly HashSet<string> NoneDenied = [];

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[Nn]o (?!(?:more|less|fewer|longer|later|sooner|one|doubt)\b)((?:\p{Ll}[\p{L}-]* ?){1,3})")]
    private static partial System.Text.RegularExpressions.Regex NoneOf();

    // The numbers no figure reads, with what they count as keys ("1,300 members"), those that count in a unit alone left out.
    private List<Tally> ReadTallies(string read, IReadOnlyList<Figure> figures)
    {
        var tallies = new List<Tally>();
        foreach (var (number, from, to, percent, governor) in Tallies.In(read, NumberMentions.In(read), figures))
        {
            var things = Stems.Of(analyzer, read[from..to]).Select(stem => "w:" + synonyms.Group(stem))
                .Where(k => !_units.Contains(k) && !_sceneWords.Contains(k)).ToHashSet(StringComparer.Ordinal);
            if (things.Count == 0) continue;
            string counted = read[from..to].Trim();
            tallies.Add(new Tally(number, things, percent ? "share of " + counted + " (%)" : counted, read[number.Start..to].Trim()) { Governor = governor });
        }
        return tallies;
    }

    private static string UnitOf(string text, int end) =>
        Figures.Percent().IsMatch(text, end) ? "%" : DegreesAfter().IsMatch(text.AsSpan(end)) ? "°"
        : SpanAfter().Match(text, end) is { Success: true } span ? " " + span.Groups[1].Value.ToLowerInvariant()[0] : "";

    // A span of time: "three days of national mourning" and "3 days of mourning" share it, "five of them critically" not.
    [System.Text.RegularExpressions.GeneratedRegex(@"\G[\s-]?(minute|hour|day|week|month|year)s?\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpanAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s?(?:°|degrees?\b|[CF]\b)")]
    private static partial System.Text.RegularExpressions.Regex DegreesAfter();

    // A sum as business pages write it ("3.4bn", "850m"), one token to the analyzer: read as its number, which "3.4 billion"
    // also gives, not as a word of its own.
    [System.Text.RegularExpressions.GeneratedRegex(@"^\d[\d.,]*(?:bn|bln|mln|mn|m)$")]
    private static partial System.Text.RegularExpressions.Regex ScaledNumber();
}
