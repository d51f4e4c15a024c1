namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Words written like an event word that, where they stand, say something else: "March" the month, not a march; "last
/// year", not "the strike will last"; a tropical "storm", not "stormed the airport"; "close to", not "close 45 shops"; "the
/// year ending February", not "ending the strike". Each is read as a word of its own, so it neither makes a shared phrase
/// an event nor ties its sentence to the event's.
/// </summary>
internal static class WordSenses
{
    /// <summary>The other sense of the word at <paramref name="start"/>..<paramref name="end"/> of the text, or null.</summary>
    public static string? Other(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        if (word.SequenceEqual("March")) return "month";
        string previous = WordBefore(text, start), next = WordAfter(text, end);
        if (Services.Contains(word.ToString().ToLowerInvariant()) && Bodies.Contains(next)) return "service";
        if (word.Equals("last", StringComparison.OrdinalIgnoreCase))
            return Modals.Contains(previous) ? null : "time";
        if (word.Equals("storms", StringComparison.OrdinalIgnoreCase)) return "weather";
        if (word.Equals("storm", StringComparison.OrdinalIgnoreCase))
            return char.IsUpper(word[0]) && previous.Length > 0 || Weather.Contains(previous) || WeatherNouns.Contains(next) ? "weather" : null;
        if (word.Equals("close", StringComparison.OrdinalIgnoreCase) || word.Equals("closely", StringComparison.OrdinalIgnoreCase))
            return next == "to" || word.Length > 5 ? "near" : null;
        if (word.Equals("ending", StringComparison.OrdinalIgnoreCase) || word.Equals("ended", StringComparison.OrdinalIgnoreCase)
            || word.Equals("end", StringComparison.OrdinalIgnoreCase) && start > 0 && text[start - 1] == '-')
            return Periods.Contains(previous) ? "period" : null;
        return null;
    }

    // A service named by its event, which tells who speaks or acts, not what happened: "rescue teams were searching", "the
    // head of the local rescue office said", "emergency services".
    private static readonly HashSet<string> Services = new(StringComparer.Ordinal) { "rescue", "emergency", "fire", "disaster", "election", "electoral" };

    private static readonly HashSet<string> Bodies = new(StringComparer.Ordinal)
    {
        "team", "teams", "worker", "workers", "crew", "crews", "official", "officials", "officer", "officers", "office", "agency",
        "agencies", "department", "service", "services", "authority", "authorities", "management", "chief", "head", "personnel",
        "squad", "squads", "unit", "units", "committee", "commission", "centre", "center", "coordinator", "spokesman",
        "spokeswoman", "spokesperson", "volunteers", "brigade", "fighters", "body", "board",
    };

    // "will last", "expected to last".
    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "would", "could", "may", "might", "can", "must", "should", "to", "not" };

    // "a storm", "the tropical storm", "winter storm".
    private static readonly HashSet<string> Weather = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "its", "tropical", "winter", "snow", "ice", "severe", "dust", "sand", "rain", "heavy",
        "major", "powerful", "deadly", "strong", "first", "second", "latest", "perfect", "political", "electrical", "solar",
    };

    private static readonly HashSet<string> WeatherNouns = new(StringComparer.Ordinal)
    {
        "surge", "surges", "warning", "warnings", "season", "damage", "system", "shelter", "shelters", "clouds", "drains", "front", "track",
    };

    // "the year ending February", "year-end".
    private static readonly HashSet<string> Periods = new(StringComparer.Ordinal)
    {
        "year", "years", "quarter", "quarters", "month", "months", "period", "weeks", "half", "season",
    };

    private static string WordBefore(string text, int start)
    {
        int end = start;
        while (end > 0 && !char.IsLetter(text[end - 1])) end--;
        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1])) begin--;
        // Only within the clause: a word before a full stop or a comma is another's.
        return text.AsSpan(end, start - end).IndexOfAny(".,;:") >= 0 ? "" : text[begin..end].ToLowerInvariant();
    }

    private static string WordAfter(string text, int end)
    {
        int begin = end;
        while (begin < text.Length && !char.IsLetter(text[begin])) begin++;
        int stop = begin;
        while (stop < text.Length && char.IsLetter(text[stop])) stop++;
        return text.AsSpan(end, begin - end).IndexOfAny(".,;:") >= 0 ? "" : text[begin..stop].ToLowerInvariant();
    }
}
