using Lucene.Net.QueryParsers.Classic;

namespace Search.Core.Search;

/// <summary>
/// Says what was wrong with a query the parser could not read, and how it was searched instead: "The
/// query has an unclosed quote, so it was searched as plain words: …". A reason is looked for in the text
/// itself (quotes, brackets, dangling operators) and in the parser's message (a leading wildcard, a bad
/// date, a bad regular expression).
/// </summary>
internal static class SyntaxNotice
{
    public static string For(string text, ParseException error, string searchedAs) =>
        $"The query {Reason(text, error)}, so it was searched as plain words: {searchedAs}";

    /// <summary>For a query read with its brackets paired (<see cref="UnmatchedBrackets"/>).</summary>
    public static string WithBracketsPaired(string text, string searchedAs) =>
        $"The query {(Count(text, '(') > Count(text, ')') ? "has an unclosed bracket '(', so it was closed at the end"
            : Count(text, '(') < Count(text, ')') ? "has a ')' with no '(' before it, so it was left out"
            : searchedAs.Length > text.Trim().Length ? "has a range with no closing bracket, so it was closed at the end"
            : "has a range's bracket ('[', '{', ']' or '}') with no partner, so it was left out")}: {searchedAs}";

    /// <summary>The same, for a query whose plain words are none ("/[/"): it said only that it had no word to search for.</summary>
    public static string ForNoWords(string text, ParseException error) =>
        $"The query {Reason(text, error)}, and as plain words it has no word to search for.";

    private static string Reason(string text, ParseException error)
    {
        string message = error.Message;
        // First: the brackets inside an expression ("/[/") are the expression's, not a range's.
        if (message.Contains("is not a valid regular expression", StringComparison.Ordinal))
            return "has a regular expression it cannot read (" + FirstSentence(message) + ")";
        if (Count(text, '"') % 2 == 1) return "has an unclosed quote";
        if (Count(text, '(') != Count(text, ')')) return Count(text, '(') > Count(text, ')') ? "has an unclosed bracket '('" : "has a ')' with no '(' before it";
        if (Count(text, '[') + Count(text, '{') != Count(text, ']') + Count(text, '}')) return "has an unclosed range ('[' or '{' without its closing bracket)";
        if (message.Contains("not allowed as first character", StringComparison.Ordinal)) return "starts a word with * or ?, which is not allowed (give at least one letter first, as in protest*)";
        if (message.Contains("is not a date", StringComparison.Ordinal)) return "has a date it cannot read (" + FirstSentence(message) + ")";
        // Lucene's own words for a fuzzy search's distance speak of floats.
        if (message.Contains("distance cannot be negative", StringComparison.Ordinal)) return "has a phrase with a negative distance (use \"two words\"~2)";
        if (message == FuzzyDistances.NotANumberMessage)
            return "has a distance after '~' that is not a number (use word~1 or word~2 for a word like it, \"two words\"~3 for words near each other)";
        if (message.Contains("FuzzyQuery", StringComparison.Ordinal)) return "has a fuzzy search with a distance it cannot take (use word~1 or word~2)";
        // "Lexical error at line 1, column 2. Encountered: <EOF> after : \"\"" was the whole notice for a query of "\".
        if (EndsWithLoneBackslash(text))
            return "ends with a backslash, which escapes the character after it and has none (write \\\\ to search for a backslash)";
        if (message.Contains("Lexical error", StringComparison.Ordinal) && Count(text, '/') % 2 == 1)
            return "has an unclosed regular expression ('/' without its closing '/')";
        if (message == QueryBuilder.ExponentBoostMessage) return "has a boost it cannot read (" + message + ")";
        if (message.Contains("Lexical error", StringComparison.Ordinal) && Count(text, '^') > 0)
            return "has a boost it cannot read (a boost is a number that starts with a digit, as in word^2 or word^0.5)";
        // Lucene's "Cannot parse 'ferry^'" and "Cannot parse 'a:b:c'" named no fault (a QA session).
        if (BoostWithoutNumber.IsMatch(text)) return "has a boost (^) with no number after it (a boost is a number, as in word^2 or word^0.5)";
        if (FieldAfterField.IsMatch(text)) return "has a field name after another (one field a word, as in title:ferry)";
        // ":ferry" said Lucene's "Cannot parse ':ferry'" (an eighth QA pass).
        if (ColonWithoutField.IsMatch(text)) return "has a ':' with no field name before it (write a field, as in title:ferry, or \\: to search for a colon)";
        // "date:[2026-01-01 TO ]", as a Kibana user may leave an open end: Lucene said only "Cannot parse" (a QA pass).
        if (RangeWithAnEndMissing.IsMatch(text))
            return "has a range with one end missing (write * for an open end, as in date:[2026-01-01 TO *], or date:>=2026-01-01)";
        if (message.Contains("Lexical error", StringComparison.Ordinal)
            && System.Text.RegularExpressions.Regex.Match(message, "Encountered: \"(.+?)\" \\(") is { Success: true } found)
            return $"has '{found.Groups[1].Value}' where the query syntax takes none";
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && (IsOperator(words[0]) || IsOperator(words[^1]) || words.Zip(words.Skip(1)).Any(p => IsOperator(p.First) && IsOperator(p.Second))))
            return "has an operator (AND, OR, NOT) with nothing on one side";
        if (text.TrimEnd().EndsWith(':')) return "has a field name with nothing after it";
        return "could not be read (" + FirstSentence(message) + ")";
    }

    private static readonly System.Text.RegularExpressions.Regex BoostWithoutNumber = new(@"(?<=[^\s\\])\^(?![0-9])");

    private static readonly System.Text.RegularExpressions.Regex FieldAfterField = new(@"(?:^|[\s(+\-])\w+:\w+:");

    private static readonly System.Text.RegularExpressions.Regex ColonWithoutField = new(@"(?:^|[\s(+\-]):");

    private static readonly System.Text.RegularExpressions.Regex RangeWithAnEndMissing = new(@"[\[{]\s*(?:TO\s+\S+|\S+\s+TO)\s*[\]}]");

    private static bool EndsWithLoneBackslash(string text)
    {
        int trailing = text.Length - text.TrimEnd('\\').Length;
        return trailing % 2 == 1;
    }

    private static bool IsOperator(string word) => word is "AND" or "OR" or "NOT" or "&&" or "||" or "!" or "+" or "-";

    private static int Count(string text, char c)
    {
        int count = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\') i++; // an escaped character is text
            else if (text[i] == c) count++;
        }
        return count;
    }

    // Lucene's messages go on about expected tokens; the first sentence is the useful part.
    private static string FirstSentence(string message)
    {
        string line = message.Split('\n')[0].Trim();
        int cut = line.IndexOf(": Encountered", StringComparison.Ordinal);
        if (cut > 0) line = line[..cut];
        if (line.StartsWith("Cannot parse", StringComparison.Ordinal))
        {
            int colon = line.LastIndexOf("': ", StringComparison.Ordinal);
            if (colon > 0) line = line[(colon + 3)..];
        }
        return line.TrimEnd('.');
    }
}
