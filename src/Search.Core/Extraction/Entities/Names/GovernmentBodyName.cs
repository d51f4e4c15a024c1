namespace Search.Core.Extraction;

/// <summary>
/// The one name of a ministry or department however it is written: "Health Ministry" and "Ministry of Health"
/// are both <c>Ministry of Health</c>, "U.S. Agriculture Department" and "Department of Agriculture" both
/// <c>Department of Agriculture</c>. Every country has a Foreign Ministry, so the country is part of the name:
/// a country written before it ("Brazilian Foreign Ministry", "U.S. Agriculture Department") is read off here;
/// <see cref="Qualified"/> adds one found elsewhere, and never merges two countries' bodies.
/// </summary>
internal static class GovernmentBodyName
{
    // The short subjects of "X Ministry" that the "Ministry of" form spells out.
    private static readonly Dictionary<string, string> LongSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Foreign"] = "Foreign Affairs", ["Defense"] = "Defence", ["Internal Affairs"] = "Interior", ["Home"] = "Home Affairs",
    };

    /// <summary>
    /// The country written in the name (through <paramref name="countryOf"/>, which names the country of a
    /// place or demonym, or null) and the name without it; null when the words are not a ministry or department.
    /// </summary>
    public static (string? Country, string Name)? Parse(IReadOnlyList<string> words, Func<string, string?> countryOf)
    {
        if (ParseNational(words, countryOf) is { } national) return national;
        int head = -1;
        for (int k = 0; k < words.Count; k++)
            if (EntityRules.GovernmentBodyHeads.Contains(words[k])) { head = k; break; }
        if (head < 0) return null;
        // A state's or a city's body keeps its own name: "Parana State Health Department" had been "Department of Parana State
        // Health" (a QA pass). The United States' "State Department" has no word before "State" but its country's.
        for (int k = 1; k < head; k++)
            if (words[k] is "State" or "Provincial" or "Regional" or "Municipal" or "County" or "City" && countryOf(string.Join(' ', words.Take(k))) == null) return null;

        // A country opens the name: the longest run of words before the head that names one.
        string? country = null;
        int subjectStart = 0;
        for (int length = Math.Min(3, head); length >= 1 && country == null; length--)
            if (countryOf(string.Join(' ', words.Take(length))) is { } found) (country, subjectStart) = (found, length);

        IEnumerable<string> subject;
        // "The Public Ministry" (Peru's prosecutors) and "Afghanistan Meteorological Department" name no subject to spell out:
        // "Ministry of Public" and "Department of Meteorological" (a QA pass). They keep their own names.
        if (head == words.Count - 1 && head > subjectStart && IsAdjective(words[head - 1]) && !LongSubjects.ContainsKey(words[head - 1])) return null;
        if (head == words.Count - 1) subject = words.Skip(subjectStart).Take(head - subjectStart);
        else if (head + 1 < words.Count && words[head + 1] == "of")
        {
            // "Ministry of Foreign Affairs of Russia": the subject ends at the next "of", which names the country.
            var rest = words.Skip(head + 2).ToList();
            int of = rest.IndexOf("of");
            subject = of < 0 ? rest : rest.Take(of);
            if (of >= 0 && countryOf(string.Join(' ', rest.Skip(of + 1).Where(w => w != "the"))) is { } owner) country ??= owner;
        }
        else return null;

        string written = string.Join(' ', subject.Where(w => w != "the"));
        if (written.Length == 0) return null;
        string headWord = char.ToUpperInvariant(words[head][0]) + words[head][1..].ToLowerInvariant();
        return (country, $"{headWord} of {LongSubjects.GetValueOrDefault(written, written)}");
    }

    private static bool IsAdjective(string word) =>
        word is "Public" or "Federal" || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ic", StringComparison.Ordinal);

    /// <summary>
    /// The name with its country: the gazetteer's body of that country when it knows one, else "Ministry of Health of Kazakhstan".
    /// A national body (<see cref="NationalBodies"/>) unknown to the gazetteer keeps its bare name: a made-up
    /// "Communist Party of Russia" would misname the Soviet party of a 1987 story.
    /// </summary>
    public static string Qualified(Gazetteer gazetteer, string name, string? country)
    {
        if (country == null) return name;
        if (gazetteer.FindBody(name, country) is { } known) return known.Name;
        return NationalBodies.Contains(name) ? name : $"{name} of {country}";
    }

    /// <summary>
    /// Bodies most countries have one of, named without their country inside that country's news: Bangladesh's
    /// "Central Bank" is Bangladesh Bank, China's "Communist Party" the Chinese Communist Party, and a Wellington story's
    /// "Reserve Bank" the Reserve Bank of New Zealand.
    /// </summary>
    private static readonly HashSet<string> NationalBodies = new(["Central Bank", "Communist Party", "Reserve Bank"], StringComparer.OrdinalIgnoreCase);

    // "Central Bank", "Bangladesh Central Bank", "Central Bank of Bangladesh", "Chinese Communist Party".
    private static (string? Country, string Name)? ParseNational(IReadOnlyList<string> words, Func<string, string?> countryOf)
    {
        for (int k = 0; k + 1 < words.Count; k++)
        {
            if (!NationalBodies.TryGetValue($"{words[k]} {words[k + 1]}", out string? name)) continue;
            string? country = k == 0 ? null : countryOf(string.Join(' ', words.Take(k)));
            if (k > 0 && country == null) return null;
            if (k + 2 == words.Count) return (country, name);
            if (words[k + 2] != "of" || country != null) return null;
            var owner = words.Skip(k + 3).Where(w => w != "the").ToList();
            return owner.Count > 0 && countryOf(string.Join(' ', owner)) is { } named ? (named, name) : null;
        }
        return null;
    }
}
