using Search.Core.Ingestion;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Keeps apart two files that name their articles alike. A seed text or an HTML page without a canonical id takes its
/// id from its file name, so <c>2022-01-05/story.txt</c> and <c>2022-01-06/story.txt</c>, or two saved sites'
/// <c>index.html</c>, are both "story" or "index". When another file already holds the id with another text, in this run
/// or in the index, this article's id gains a hash of its path instead of replacing the other: nothing indexed is lost.
/// The same text from another place (a copy of the folder) is the same article and keeps its id. An id the input
/// gives (a JSON Lines id, a feed's guid) names its article on purpose, and a later copy still replaces it.
/// </summary>
internal static class FileNamedIds
{
    /// <summary>The article, with an id of its own when another file holds its file-named id; and the warning that says so.</summary>
    /// <param name="holderOf">The file that holds an id already with another text, in this run or in the index; null when none does.</param>
    public static (RawArticle Article, ReadProblem? Renamed) Apart(RawArticle raw, Func<string, string?> holderOf)
    {
        if (!IsFileNamed(raw) || holderOf(raw.Id) is not { Length: > 0 } holder || holder == raw.SourcePath) return (raw, null);
        string id = WithPath(raw.Id, raw.SourcePath);
        var warning = new ReadProblem(raw.SourcePath, raw.Line,
            $"the id '{raw.Id}' is already {holder}'s; this article is indexed as '{id}', and both are kept", IsWarning: true);
        return (raw with { Id = id }, warning);
    }

    private static bool IsFileNamed(RawArticle raw) => raw.Id == ArticleIds.From(Path.GetFileNameWithoutExtension(raw.SourcePath));

    // The same path always gives the same id, so a later run updates this article rather than adding another.
    private static string WithPath(string id, string path)
    {
        string hash = ArticleIds.ShortHash(path, 10);
        return (id.Length > ArticleIds.MaxLength - 11 ? id[..(ArticleIds.MaxLength - 11)] : id) + "-" + hash;
    }
}
