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
        int head = -1;
        for (int k = 0; k < words.Count; k++)
            if (EntityRules.GovernmentBodyHeads.Contains(words[k])) { head = k; break; }
        if (head < 0) return null;

        // A country opens the name: the longest run of words before the head that names one.
        string? country = null;
        int subjectStart = 0;
        for (int length = Math.Min(3, head); length >= 1 && country == null; length--)
            if (countryOf(string.Join(' ', words.Take(length))) is { } found) (country, subjectStart) = (found, length);

        IEnumerable<string> subject;
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

    /// <summary>The name with its country: the gazetteer's body of that country when it knows one, else "Ministry of Health of Kazakhstan".</summary>
    public static string Qualified(Gazetteer gazetteer, string name, string? country) =>
        country == null ? name : gazetteer.FindBody(name, country)?.Name ?? $"{name} of {country}";
}
