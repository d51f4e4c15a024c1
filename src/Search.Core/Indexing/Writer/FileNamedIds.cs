using Search.Core.Ingestion;

namespace Search.Core.Indexing.Writer;

/// <summary>
/// Keeps apart two files that name their articles alike. A seed text or an HTML page without a canonical id takes its
/// id from its file name, so <c>2022-01-05/story.txt</c> and <c>2022-01-06/story.txt</c>, or two saved sites'
/// <c>index.html</c>, are both "story" or "index". When another file already holds the id with another text, in this run
/// or in the index, this article's id gains a hash of its path instead of replacing the other: nothing indexed is lost.
/// The same text from another place (a copy of the folder) is the same article and keeps its id. An id the input
/// gives (a JSON Lines id, a feed's guid) names its article on purpose, and a later copy still replaces it; a file-named
/// article that held it moves to its path's id, whichever file is read first, so the ids are the same from run to run.
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

    /// <summary>
    /// The file whose article holds, by its file's name, the id this article gives on purpose; else null. That article moves to
    /// its path's id (<see cref="Moved"/>): read first, <c>d1/story.txt</c> took "story", and the JSON line of that id replaced it.
    /// </summary>
    /// <param name="holderOf">The file that holds an id, in this run or in the index; null when none does.</param>
    public static string? ClaimedFrom(RawArticle raw, Func<string, string?> holderOf) =>
        !IsFileNamed(raw) && holderOf(raw.Id) is { Length: > 0 } holder && holder != raw.SourcePath && raw.Id == NamedAfter(holder) ? holder : null;

    /// <summary>The article that held a claimed id, under its path's id, and the warning that says so.</summary>
    public static (RawArticle Article, ReadProblem Warning) Moved(RawArticle held, RawArticle claimant)
    {
        string id = WithPath(held.Id, held.SourcePath);
        var warning = new ReadProblem(claimant.SourcePath, claimant.Line,
            $"the id '{held.Id}' was {held.SourcePath}'s, after its file's name; this article gives it, so that one is indexed as '{id}', and both are kept", IsWarning: true);
        return (held with { Id = id }, warning);
    }

    private static bool IsFileNamed(RawArticle raw) => raw.Id == NamedAfter(raw.SourcePath);

    private static string NamedAfter(string path) => ArticleIds.From(Path.GetFileNameWithoutExtension(path));

    // The same path always gives the same id, so a later run updates this article rather than adding another.
    private static string WithPath(string id, string path)
    {
        string hash = ArticleIds.ShortHash(path, 10);
        return (id.Length > ArticleIds.MaxLength - 11 ? id[..(ArticleIds.MaxLength - 11)] : id) + "-" + hash;
    }
}
