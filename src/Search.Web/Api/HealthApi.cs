using Search.Core.Indexing;

namespace Search.Web.Api;

/// <summary>
/// <c>GET /healthz</c>, the process answers; <c>GET /readyz</c>, it can search the whole archive: 200 while the index folder
/// holds an index that opens and whose first build finished, else 503 with the reason and <c>Retry-After</c>. For a load
/// balancer, an orchestrator's probes, or a script that waits for a first build. Neither is rate limited, and neither logs.
/// </summary>
internal static class HealthApi
{
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder app)
    {
        app.MapGetAndHead("/healthz", () => TypedResults.Text("ok\n")).WithName("Health").WithSummary("The process answers.").ExcludeFromDescription();
        app.MapGetAndHead("/readyz", Ready).WithName("Ready").WithSummary("The index can be searched.").ExcludeFromDescription();
        return app;
    }

    private static IResult Ready(IndexHost host, HttpResponse response)
    {
        // Its folder gone (being replaced), the site searches the index it has open, as a search answers 200 meanwhile.
        if (host.Serving && !Directory.Exists(host.IndexPath)) return TypedResults.Text("ready: searching the index it has open; its folder is gone\n");
        // An index open, whose folder holds a commit, is readable: opening it again for every probe read every segment of a
        // large index.
        var (kind, problem) = host.Serving && Core.Indexing.Writer.IndexFolderState.HasCommitPoint(host.IndexPath)
            ? (Core.Indexing.Writer.IndexFolderKind.Readable, null) : Core.Indexing.Writer.IndexFolderState.Inspect(host.IndexPath);
        // Searchable but not whole: the first-start build is under way, or stopped and not finished yet.
        if (kind == Core.Indexing.Writer.IndexFolderKind.Readable && Core.Indexing.Writer.FirstBuildMark.Unfinished(host.IndexPath))
            problem = "the first build of the index has not finished: searches see what it has committed so far";
        else if (kind == Core.Indexing.Writer.IndexFolderKind.Readable) return TypedResults.Text("ready\n");
        // A first-start build that failed is not under way: said, where the detail told a deploy script to wait for it.
        if (host.BuildProblem is { } failed) problem = $"the first-start build failed: {failed}; the site tries again when it restarts, or the indexer's 'index' command builds the index";
        response.Headers.RetryAfter = Protection.Failures.RetryAfterSeconds;
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The index is not ready.",
            detail: problem ?? "no index here yet; the site builds it on its first start, or the indexer's 'index' command does");
    }
}
