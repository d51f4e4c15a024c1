using Search.Core.Indexing;
using Spectre.Console;

namespace Search.Cli;

/// <summary>
/// Shows an indexing run's progress: a live bar with articles/s and the time left on a terminal, a
/// plain line every few seconds elsewhere, and JSON lines with <c>--json</c>.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a progress sink suited to where output goes.</summary>
    public static T Run<T>(TextWriter errors, bool json, TextWriter output, Func<IProgress<IndexProgress>, T> work)
    {
        if (json) return work(new Sink(p => output.WriteLine(JsonLines.Progress(p))));
        if (!IsTerminal(errors)) return work(new Sink(PlainLines(errors)));

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing", maxValue: 1);
                result = work(new Sink(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    task.Description = $"{p.Articles:N0} articles, {p.ArticlesPerSecond:N0}/s, file {p.FilesDone:N0}/{p.FilesTotal:N0}";
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static bool IsTerminal(TextWriter errors) => ReferenceEquals(errors, Console.Error) && !Console.IsErrorRedirected;

    private static Action<IndexProgress> PlainLines(TextWriter errors)
    {
        var last = TimeSpan.Zero;
        return p =>
        {
            if (p.Elapsed - last < TimeSpan.FromSeconds(5)) return;
            last = p.Elapsed;
            string left = p.Remaining is { } r ? $", about {r:hh\\:mm\\:ss} left" : "";
            errors.WriteLine($"progress: {p.Articles:N0} articles, {p.ArticlesPerSecond:N0}/s, {p.FilesDone:N0}/{p.FilesTotal:N0} files{left}");
        };
    }

    /// <summary>Reports synchronously on the indexer's thread (<see cref="Progress{T}"/> would post to the thread pool).</summary>
    private sealed class Sink(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        public void Report(IndexProgress value) => report(value);
    }
}
