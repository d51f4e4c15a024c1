namespace Search.Core.Search;

/// <summary>
/// A query with a bracket that has no partner ("(ferry OR bus") is read without that bracket, its operators kept: as plain
/// words its "OR" was a stop word and every word was required, so it found 1 article where "ferry OR bus" finds 34, while the
/// notice said it had searched "ferry OR bus" (a QA session).
/// </summary>
internal static class UnmatchedBrackets
{
    /// <summary>The text without its unmatched round brackets, or null when every bracket has its partner.</summary>
    public static string? Removed(string text)
    {
        var unmatched = new List<int>();
        var open = new Stack<int>();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\\') { i++; continue; } // an escaped character is a word's
            if (c == '"') quoted = !quoted;
            else if (quoted) continue;
            else if (c == '(') open.Push(i);
            else if (c == ')')
            {
                if (open.Count > 0) open.Pop();
                else unmatched.Add(i);
            }
        }
        if (quoted) return null; // an unclosed quote is another fault, said as such
        unmatched.AddRange(open);
        if (unmatched.Count == 0) return null;
        var kept = text.ToCharArray();
        foreach (int i in unmatched) kept[i] = ' ';
        return new string(kept).Trim();
    }
}
