using Search.Core.Indexing;

namespace Search.Cli;

/// <summary>Prints a run's problems (<c>path:line: problem</c>) and its summary, as text or JSON lines.</summary>
internal static class SummaryOutput
{
    public static void Print(IndexSummary summary, IndexRun run, bool json, TextWriter output, TextWriter errors)
    {
        foreach (var problem in summary.Problems)
        {
            errors.WriteLine(problem.IsWarning ? $"{problem} (warning)" : problem.ToString());
            if (json) output.WriteLine(JsonLines.Problem(problem));
        }
        if (summary.Recovery != null) errors.WriteLine($"{run.IndexPath}: {summary.Recovery}");
        if (summary.NotCommitted != null)
        {
            errors.WriteLine($"{run.IndexPath}: {summary.NotCommitted}");
            if (json) output.WriteLine(JsonLines.Message("fatal", $"{run.IndexPath}: {summary.NotCommitted}"));
        }
        if (json)
        {
            output.WriteLine(JsonLines.Summary(summary));
            return;
        }
        // A refused rebuild read its inputs but committed nothing: "what was read is committed" said the opposite of the refusal.
        string state = !summary.Committed ? " (not committed: the index is as it was)" : summary.Stopped ? " (stopped early; what was read is committed)" : "";
        output.WriteLine($"{(summary.Committed ? "Indexed" : "Read")} {string.Join(", ", run.Inputs)} into {run.IndexPath}{state}");
        output.WriteLine($"  files read:  {summary.FilesRead:N0}");
        output.WriteLine($"  added:       {summary.Added:N0}");
        output.WriteLine($"  updated:     {summary.Updated:N0}");
        output.WriteLine($"  unchanged:   {summary.Unchanged:N0}");
        output.WriteLine($"  removed:     {summary.Removed:N0}");
        output.WriteLine($"  failed:      {summary.Failed:N0}");
        output.WriteLine($"  in index:    {summary.TotalArticles:N0} articles");
        output.WriteLine($"  time:        {summary.Elapsed.TotalSeconds:0.00} s");
    }

    public static int ExitCode(IndexSummary summary) =>
        summary.Stopped ? ExitCodes.Cancelled : summary.Failed > 0 || !summary.Committed ? ExitCodes.SomeInputsFailed : ExitCodes.Ok;
}
