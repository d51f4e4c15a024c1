using System.Text.RegularExpressions;

namespace Search.Core.Search;

/// <summary>Whether a query's words are all required or any of them will do.</summary>
public enum QueryMode
{
    /// <summary>Every word is required unless the query says <c>OR</c>: the default for keyword queries.</summary>
    All,

    /// <summary>
    /// Any word matches and articles with more of them, and rarer ones, rank first: for a pasted
    /// paragraph or a question. Repeated words count once more each, as in a long query they weigh more.
    /// </summary>
    Any,
}

/// <summary>Which mode a query is searched in, the same for articles, passages and an article's marks.</summary>
public static partial class QueryModes
{
    /// <summary>
    /// A text of more words than this, and no query syntax, is a pasted sentence: a QA session pasted a 43-word sentence of
    /// one report and found nothing, as no article holds every word of another's sentence.
    /// </summary>
    public const int MaxAllWordsInASentence = 12;

    /// <summary>
    /// The mode asked for; else all words, or any word for a pasted text (<see cref="IsPasted"/>), whose every word no passage
    /// or article holds.
    /// </summary>
    public static QueryMode For(string? query, QueryMode? asked, int maxAllWords) =>
        asked ?? (IsPasted(query, maxAllWords) ? QueryMode.Any : QueryMode.All);

    /// <summary>
    /// Whether a text is pasted rather than typed as a query: longer than <paramref name="maxAllWords"/> characters, the longest
    /// searched for all its words, or a sentence of more than <see cref="MaxAllWordsInASentence"/> words with no query syntax
    /// (straight quotes, operators, fields, +, wildcards, fuzziness, boosts) but words written with a minus, which it keeps out.
    /// Its punctuation is read as text, not query syntax.
    /// </summary>
    public static bool IsPasted(string? query, int maxAllWords) =>
        query?.Length > maxAllWords
        || query != null && Words().Count(query) > MaxAllWordsInASentence && !Syntax().IsMatch(MinusWords().Replace(query, " "));

    /// <summary>Whether the request's text was searched for any of its words because it is long, not because it asked: the user is told.</summary>
    public static bool ChosenForLength(QueryMode? asked, QueryMode mode) => asked == null && mode == QueryMode.Any;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    // A word written with a minus keeps a pasted sentence pasted: it is the one sign a paste reads ("… rescuers searched for
    // the missing -Reuters" found nothing, every word required, an eighth QA pass).
    [GeneratedRegex(@"(?:^|(?<=\s))-\p{L}\S*")]
    private static partial Regex MinusWords();

    // What a typed query says by its form: a phrase in straight quotes, an operator, a field, a required or excluded word, a
    // wildcard, fuzziness or a boost. A question's mark, curly quotes and brackets ("(Reuters)") are a pasted text's own.
    [GeneratedRegex(@"""|\b(?:AND|OR|NOT)\b|&&|\|\||\b\w+:\S|(?:^|\s)[+-]\S|\w[*~]|\w\?\w|\w\^\d")]
    private static partial Regex Syntax();
}
