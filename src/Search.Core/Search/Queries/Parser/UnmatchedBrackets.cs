namespace Search.Core.Search;

/// <summary>
/// A query with a round bracket that has no partner is read with its partner: an unclosed "(" is closed at the end, as the
/// reader most likely forgot it there ("title:(ferry OR bus"), and a ")" with no "(" is left out. As plain words "(ferry OR
/// bus" had its "OR" read as a stop word and every word required, so it found 1 article where "ferry OR bus" finds 34, while
/// the notice said it had searched "ferry OR bus" (a QA session).
/// </summary>
internal static class UnmatchedBrackets
{
    /// <summary>The text with its brackets paired, or null when every bracket has its partner (or a quote is open).</summary>
    public static string? Paired(string text)
    {
        var strays = new List<int>();
        int open = 0;
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; } // an escaped character is a word's
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '(') open++;
            else if (c == ')')
            {
                if (open > 0) open--;
                else strays.Add(i);
            }
        }
        if (quoted || open == 0 && strays.Count == 0) return null; // an unclosed quote is another fault, said as such
        var kept = text.ToCharArray();
        foreach (int i in strays) kept[i] = ' ';
        return (new string(kept).Trim() + new string(')', open)).Trim();
    }
}
