namespace Search.Core.Search;

/// <summary>
/// Bounds what a regular expression or a wildcard pattern in a query may cost before Lucene builds its automaton. Lucene 4.8 turns the expression
/// into a deterministic automaton when the query is made, with no limit on its states: <c>/a{1,1000}{1,1000}/</c> (19
/// characters) ran for as long as the site did and took gigabytes, and a closed connection did not stop it. So a repetition
/// counts to at most <see cref="MaxRepeat"/>, nothing repeated is repeated again, the expression is at most
/// <see cref="MaxLength"/> characters, and its complement and intersection operators (<c>~</c>, <c>&amp;</c>), which
/// determinize what they apply to, are refused. And an open repetition before a window of any characters makes the automaton
/// remember which of the window's positions may have started a match, 2 to the window's width states:
/// <c>/.*a.{9}b.{9}c/</c> (14 characters) ran away as the first did. So an expression with an open repetition (<c>*</c>,
/// <c>+</c>, <c>{n,}</c>) has at most <see cref="MaxOpenWidth"/> such positions, counting each <c>.</c>, class, alternative
/// and count. Ten such positions were still too many: over Reuters-21578 <c>k*a??????????n</c> took 18–31 s, and with 8 '?'
/// 2 s, where 7 (<c>/k.*a.{7}n/</c>) take 0.3 s (probe 52, 2026-12-06).
/// </summary>
internal static class AutomatonCost
{
    public const int MaxRepeat = 10;
    public const int MaxLength = 64;
    public const int MaxOpenWidth = 9;

    /// <summary>
    /// The '?' a wildcard pattern may hold after a '*'. As an expression is counted, <c>k*a???????n</c> is <c>/k.*a.{7}n/</c>:
    /// the '.' of <c>.*</c>, and the counted '.' once and by its count, 9.
    /// </summary>
    public const int MaxWildcardWindow = 7;

    /// <summary>
    /// Why a wildcard pattern is refused, in the user's terms; null when its cost is bounded. A <c>?</c> after a <c>*</c> and a
    /// letter is a window of any character after an open repetition, as <c>.</c> is in an expression: <c>k*a????????????????????n</c>
    /// took six minutes of two cores.
    /// </summary>
    public static string? OfWildcard(string pattern)
    {
        if (pattern.Length > MaxLength) return $"it is longer than {MaxLength} characters";
        int star = pattern.IndexOf('*');
        int window = star < 0 ? 0 : pattern[star..].Count(c => c == '?');
        return window > MaxWildcardWindow ? $"after a * it may hold at most {MaxWildcardWindow} '?'" : null;
    }

    /// <summary>Why the expression is refused, in the user's terms; null when its cost is bounded.</summary>
    public static string? OfRegex(string pattern)
    {
        if (pattern.Length > MaxLength) return $"it is longer than {MaxLength} characters";
        bool open = false; // an open repetition: *, + or {n,}
        int width = 0; // positions that may be any of several characters: '.', a class, an alternative, a count's largest
        var groups = new Stack<bool>(); // per open group: whether something inside it repeats
        bool lastRepeats = false; // the atom just read repeats: it is repeated, or a group with a repetition inside
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '~' or '&':
                    return $"'{c}' (a complement or an intersection) is not taken";
                case '*' or '+' or '?' or '{':
                    if (lastRepeats) return "it repeats what is already repeated";
                    if (c == '{')
                    {
                        int close = pattern.IndexOf('}', i);
                        if (close < 0) return null; // Lucene reports the syntax
                        string counts = pattern[(i + 1)..close];
                        // Not a count ("\\p{L}", a class name this syntax lacks): Lucene reports the syntax, where this said
                        // that a count goes up to 10.
                        if (!counts.All(ch => char.IsAsciiDigit(ch) || ch == ',')) return null;
                        if (Bound(counts) is not { } bound || bound > MaxRepeat)
                            return $"a count such as {{n,m}} goes up to {MaxRepeat}";
                        width += bound;
                        open |= counts.EndsWith(',');
                        i = close;
                    }
                    else open |= c is '*' or '+';
                    if (groups.Count > 0) { groups.Pop(); groups.Push(true); }
                    lastRepeats = true;
                    break;
                case '(':
                    groups.Push(false);
                    lastRepeats = false;
                    break;
                case ')':
                    lastRepeats = groups.Count > 0 && groups.Pop();
                    break;
                case '[':
                    while (++i < pattern.Length && pattern[i] != ']')
                        if (pattern[i] == '\\') i++;
                    width++;
                    lastRepeats = false;
                    break;
                case '.' or '|':
                    width++;
                    lastRepeats = false;
                    break;
                default: // a letter, or an escaped character
                    if (c == '\\') i++;
                    lastRepeats = false;
                    break;
            }
        }
        return open && width > MaxOpenWidth
            ? $"with an open repetition (*, + or {{n,}}) it may hold at most {MaxOpenWidth} positions of any of several characters (., a class, an alternative, a count)"
            : null;
    }

    // The largest count of "n", "n," or "n,m": an open "n," repeats as a star after n, so n bounds what it adds.
    private static int? Bound(string counts)
    {
        string[] parts = counts.Split(',');
        if (parts.Length > 2) return null;
        int largest = 0;
        foreach (string part in parts)
        {
            if (part.Length == 0) continue;
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return null;
            largest = Math.Max(largest, n);
        }
        return largest;
    }
}
