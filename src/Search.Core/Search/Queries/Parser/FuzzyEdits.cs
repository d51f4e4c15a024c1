using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// The edits a fuzzy word allows, by the length of its indexed form, as Elasticsearch's AUTO: none up to 2 letters, 1 up to 5,
/// 2 beyond; a distance written is a most, and one larger than the length takes is said (oil~5 was searched as oil~1 silently).
/// </summary>
internal static class FuzzyEdits
{
    /// <summary>
    /// The parser's distance for a fuzzy word written without one ("oil~"), told apart from one written. More than Lucene's
    /// largest distance, 2, so that as a most it leaves the length's own; whole, as Lucene refuses a fractional one; and not
    /// one a reader types: at 3, "killed~3" was taken for "killed~" and searched with 1 edit without a word (a QA session).
    /// </summary>
    public const float Auto = 1_000_000;

    public static int Allowed(string word) => word.Length <= 2 ? 0 : word.Length <= 5 ? 1 : 2;

    /// <summary>The edits an old similarity (<c>killed~0.8</c>) allows a word of a length, as Lucene converts it.</summary>
    public static int OfSimilarity(float similarity, int length) => Math.Min((int)((1 - similarity) * length), 2);

    /// <summary>The weight of a fuzzy word's near spellings beside the word itself, and how many of them are searched (Lucene's own bound).</summary>
    private const float NeighbourWeight = 0.25f;

    private const int Expansions = 50;

    /// <summary>
    /// The word itself scored by BM25, and its near spellings (<paramref name="neighbours"/>) only by how near they are, at a
    /// quarter of the weight: with "killed~" (as "kill"), a story about a "bill" ranked first, as Lucene 4.8 scores each near
    /// spelling at its own idf and a rare one outweighs the word (Elasticsearch blends their frequencies); with the word scored
    /// once more, it ranked second.
    /// </summary>
    public static Query WordFirst(Query neighbours, Query itself)
    {
        if (neighbours is MultiTermQuery spellings) spellings.MultiTermRewriteMethod = new MultiTermQuery.TopTermsBoostOnlyBooleanQueryRewrite(Expansions);
        neighbours.Boost *= NeighbourWeight;
        return new BooleanQuery { { neighbours, Occur.SHOULD }, { itself, Occur.SHOULD } };
    }

    /// <summary>
    /// The notices so far with this word's added, once though the parser asks for each default field: "killed~2 injured~2"
    /// had said only killed~2's.
    /// </summary>
    public static string? AddNotice(string? notices, string typed, float given, string word) =>
        Notice(typed, given, word) is not { } notice || notices?.Contains(notice, StringComparison.Ordinal) == true ? notices
        : notices == null ? notice : notices + " " + notice;

    /// <summary>What the page says of a distance written larger than the word takes; null otherwise.</summary>
    /// <param name="word">The word as compared: its indexed form ("kill" for killed).</param>
    public static string? Notice(string typed, float given, string word)
    {
        int allowed = Allowed(word);
        if ((int)given <= allowed || given == Auto) return null;
        return $"“{typed}~{(int)given}” was searched with {(allowed == 0 ? "no edit" : allowed == 1 ? "1 edit" : "2 edits")}: "
            + "a word of up to 2 letters takes none, of 3 to 5 letters 1, and a longer one 2, as Elasticsearch's fuzzy AUTO"
            + (string.Equals(word, typed, StringComparison.OrdinalIgnoreCase) ? "." : $"; the word is counted in its indexed form, “{word}”.");
    }
}
