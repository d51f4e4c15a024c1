namespace Search.Core.Search;

/// <summary>
/// Why a query in another script than Latin letters ("Токаев", "托卡耶夫") finds nothing: the articles are English, searched
/// as written, and no transliteration is made yet (docs/query-syntax.md). Said only when nothing matched.
/// </summary>
internal static class ScriptNotice
{
    public static string? For(string? query) =>
        query != null && query.Any(char.IsLetter) && !query.Any(IsLatinLetter)
            ? "Nothing matches words in this script: the articles are searched as written, in Latin letters. Search for a name as English reports spell it (Tokayev, Tokaev)."
            : null;

    // Basic Latin and its accented forms (Latin-1 to Latin Extended-B): the letters the articles' words are indexed in.
    private static bool IsLatinLetter(char c) => char.IsLetter(c) && c <= '\u024F';
}
