namespace Search.Core.Search;

/// <summary>
/// A query with a round bracket that has no partner is read with its partner: an unclosed "(" is closed at the end, as the
/// reader most likely forgot it there ("title:(ferry OR bus"), and a ")" with no "(" is left out. As plain words "(ferry OR
/// bus" had its "OR" read as a stop word and every word required, so it found 1 article where "ferry OR bus" finds 34, while
/// the notice said it had searched "ferry OR bus" (a QA session). A range's bracket ("[" or "{") with no partner is left out,
/// as closing it would make the words a range: "[ferry OR bus" is "ferry OR bus".
/// </summary>
internal static class UnmatchedBrackets
{
    /// <summary>The text with its brackets paired, or null when every bracket has its partner (or a quote is open).</summary>
    public static string? Paired(string text)
    {
        var strays = new List<int>();
        var ranges = new Stack<int>();
        int open = 0;
        bool quoted = false, expression = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; } // an escaped character is a word's
            if (c == '"' && !expression) quoted = !quoted;
            else if (quoted) continue;
            // A regular expression's brackets are its own ("/[/"); a slash inside a word ("24/7") opens none.
            else if (c == '/' && (expression || i == 0 || " (:+-!".Contains(text[i - 1]))) expression = !expression;
            else if (expression) continue;
            else if (c == '(') open++;
            else if (c == ')')
            {
                if (open > 0) open--;
                else strays.Add(i);
            }
            else if (c is '[' or '{') ranges.Push(i);
            else if (c is ']' or '}' && !ranges.TryPop(out _)) strays.Add(i);
        }
        // A range with its "TO" ("date:[2022-01-01 TO 2022-01-05") lacks only its end; any other is no range.
        string closing = "";
        foreach (int start in ranges)
            if (text.IndexOf(" TO ", start, StringComparison.Ordinal) > start) closing += "]";
            else strays.Add(start);
        if (quoted || open == 0 && strays.Count == 0 && closing.Length == 0) return null; // an unclosed quote is another fault, said as such
        var kept = text.ToCharArray();
        foreach (int i in strays) kept[i] = ' ';
        return (new string(kept).Trim() + closing + new string(')', open)).Trim();
    }
}
