using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Search.Core.Analysis;

namespace Search.Core.Search;

/// <summary>
/// Turns query text into a Lucene query. Text the parser rejects is searched as plain words instead,
/// with a notice saying so; an empty query matches every article.
/// </summary>
/// <remarks>Thread-safe: a parser is made per query; the analyzer it owns is shared (Lucene analyzers reuse per-thread state).</remarks>
internal sealed class QueryBuilder(SearchOptions options) : IDisposable
{
    private readonly Analyzer _analyzer = ArticleAnalyzer.Create();

    public const string PlainWordsNotice =
        "The query syntax could not be read (an unclosed quote or bracket, a misplaced operator or a bad date), so it was searched as plain words.";

    public (Query Query, string? Notice) Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (new MatchAllDocsQuery(), null);
        try
        {
            return (Parse(text), null);
        }
        catch (ParseException)
        {
            return (ParsePlainWords(text), PlainWordsNotice);
        }
    }

    private Query Parse(string text) => new AliasQueryExpander(_analyzer).Expand(new ArticleQueryParser(_analyzer, options.TitleBoost).Parse(text) ?? new BooleanQuery(), text);

    // Every word escaped, operators lower-cased (so they are words, and stop words at that).
    private Query ParsePlainWords(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => QueryParserBase.Escape(w is "AND" or "OR" or "NOT" ? w.ToLowerInvariant() : w));
        try
        {
            return Parse(string.Join(' ', words));
        }
        catch (ParseException)
        {
            return new BooleanQuery(); // matches nothing
        }
    }

    public void Dispose() => _analyzer.Dispose();
}
