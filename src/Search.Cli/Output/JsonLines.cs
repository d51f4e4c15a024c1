using System.Text.Json;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Cli;

/// <summary>The <c>--json</c> output: one object a line, each with an <c>event</c> field.</summary>
internal static class JsonLines
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Progress(IndexProgress p) => JsonSerializer.Serialize(new
    {
        @event = "progress",
        files = p.FilesDone,
        filesTotal = p.FilesTotal,
        bytes = p.BytesDone,
        bytesTotal = p.BytesTotal,
        articles = p.Articles,
        articlesPerSecond = Math.Round(p.ArticlesPerSecond, 1),
        seconds = Math.Round(p.Elapsed.TotalSeconds, 2),
    }, Options);

    public static string Problem(ReadProblem problem) => JsonSerializer.Serialize(new
    {
        @event = problem.IsWarning ? "warning" : "error",
        path = problem.Path,
        line = problem.Line > 0 ? problem.Line : (int?)null,
        message = problem.Message,
    }, Options);

    public static string Summary(IndexSummary s) => JsonSerializer.Serialize(new
    {
        @event = "summary",
        files = s.FilesRead,
        added = s.Added,
        updated = s.Updated,
        unchanged = s.Unchanged,
        removed = s.Removed,
        failed = s.Failed,
        warnings = s.Problems.Count - s.Failed,
        articles = s.TotalArticles,
        seconds = Math.Round(s.Elapsed.TotalSeconds, 2),
        recovery = s.Recovery,
        stopped = s.Stopped,
        committed = s.Committed,
    }, Options);

    public static string Message(string @event, string message) => JsonSerializer.Serialize(new { @event, message }, Options);
}
