namespace Search.Core.Search;

/// <summary>
/// Why a query in another script than Latin letters ("Токаев", "托卡耶夫") finds nothing: words of other scripts are searched
/// as written, with no stemming of their language, and no transliteration is made yet (docs/query-syntax.md). Said only when
/// nothing matched. An archive may hold articles in that script, which the words do find as written ("Алматы").
/// </summary>
internal static class ScriptNotice
{
    public static string? For(string? query) =>
        query != null && query.Any(char.IsLetter) && !query.Any(IsLatinLetter)
            ? "Nothing matches these words as written: words in this script are not reduced to their stems, so another form of a word (Казахстана for Казахстан) is not found, and English reports spell names in Latin letters. Try another form, or a name as English reports spell it (Tokayev, Tokaev)."
            : null;

    // Basic Latin and its accented forms (Latin-1 to Latin Extended-B): the letters the articles' words are indexed in.
    private static bool IsLatinLetter(char c) => char.IsLetter(c) && c <= '\u024F';
}
