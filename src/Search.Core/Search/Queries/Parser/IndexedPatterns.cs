namespace Search.Core.Search;

/// <summary>
/// What a pattern with a '?' inside a word is among the indexed stems. The index holds "kill" for killed, so "k?lled", matched
/// against the indexed words as written, found nothing. Each letter in turn is put in the '?' places and the word stemmed:
/// where the stem keeps those places ("kilLED" → "kill"), the '?' go back in ("k?ll"); where a single '?' is cut away with
/// the ending ("protest?rs" with "e" → "protest"), that stem is a word the pattern matches.
/// </summary>
/// <remarks>
/// Like Elasticsearch's analyze_wildcard, this finds the stems of the words the pattern describes, and so also other forms of
/// those words ("k?ll" finds "kills"), as a word typed finds its other forms. Only a pattern of letters and '?' that ends in a
/// letter is read so. A '*' stands for any number of letters, so the stem of one of its words says little of the others:
/// "k*lled" read as "k*ll" found "Knoll" first, which no word of "k*lled" is.
/// </remarks>
internal static class IndexedPatterns
{
    /// <summary>The words of an expression that is only words and alternatives (/police|protesters/, /(gas|oil)/); else none.</summary>
    public static string[] AlternativeWords(string expression)
    {
        string inner = expression.StartsWith('(') && expression.EndsWith(')') ? expression[1..^1] : expression;
        var words = inner.Split('|');
        return words.All(w => w.Length > 0 && w.All(char.IsLetter)) ? words : [];
    }

    private const int MinLetters = 3;

    /// <param name="pattern">The pattern, folded and lower-cased.</param>
    /// <param name="stem">The indexed form of a word of letters.</param>
    public static (IReadOnlyList<string> Patterns, IReadOnlyList<string> Terms) Of(string pattern, Func<string, string> stem)
    {
        if (!IsWordPattern(pattern)) return ([], []);
        var patterns = new SortedSet<string>(StringComparer.Ordinal);
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        int last = LastWildcard(pattern);
        bool oneMark = pattern.Count(c => c == '?') == 1;
        for (char letter = 'a'; letter <= 'z'; letter++)
        {
            string word = pattern.Replace('?', letter);
            string stemmed = stem(word);
            if (stemmed.Length > last && string.CompareOrdinal(stemmed, 0, word, 0, last + 1) == 0)
                patterns.Add(pattern[..(last + 1)] + stemmed[(last + 1)..]);
            else if (oneMark && stemmed.Length >= MinLetters && stemmed != word)
                terms.Add(stemmed);
        }
        patterns.Remove(pattern); // the pattern as written is searched already
        return (patterns.ToList(), terms.ToList());
    }

    private static bool IsWordPattern(string pattern) =>
        pattern.Length > 0 && char.IsAsciiLetterLower(pattern[^1])
        && pattern.All(c => char.IsAsciiLetterLower(c) || c == '?')
        && pattern.Count(char.IsAsciiLetterLower) >= MinLetters
        && pattern.Contains('?');

    private static int LastWildcard(string pattern) => pattern.LastIndexOf('?');
}
