using System.CommandLine;
using Microsoft.Extensions.Logging;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Cli;

/// <summary><c>search watch</c>: indexes folders, then keeps indexing files as they appear, change or go, until Ctrl+C.</summary>
internal static class WatchCommand
{
    public static Command Create(ILoggerFactory loggers, TextWriter output, TextWriter errors)
    {
        var options = new IndexOptions();
        var prune = new Option<bool>("--prune") { Description = "Remove the articles of files that are deleted (and lines that are removed)." };
        var command = new Command("watch", "Index folders, then watch them and index files as they appear or change, until Ctrl+C. " +
            "Holds the index's writer lock meanwhile; Ctrl+C is its normal end (exit 0).\n" + ExitCodes.Help);
        options.AddTo(command);
        command.Options.Add(prune);
        command.SetAction((parse, cancel) =>
        {
            var run = options.Run(parse) with { Prune = parse.GetValue(prune), CommitEveryArticles = 10_000 };
            bool json = parse.GetValue(options.Json);
            var limits = options.Limits(parse);
            // Nothing to watch is said at once, rather than holding the index's lock over no folder until Ctrl+C.
            var missing = run.Inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
            if (missing.Count == run.Inputs.Count)
            {
                foreach (string path in missing) errors.WriteLine($"{path}: no such file or folder; nothing to watch");
                return Task.FromResult(ExitCodes.SomeInputsFailed);
            }
            if (IndexerFactory.TryCreate(loggers, limits, options.Gazetteer(parse), errors) is not { } indexer) return Task.FromResult(ExitCodes.Usage);
            var watcher = new FolderWatcher(indexer, ArticleReaders.All(), loggers.CreateLogger<FolderWatcher>());
            return Task.FromResult(IndexCommand.Guard(run.IndexPath, json, output, errors, () =>
            {
                watcher.Watch(run, summary =>
                {
                    SummaryOutput.Print(summary, run, json, output, errors);
                    output.Flush();
                }, cancel);
                return ExitCodes.Ok;
            }));
        });
        return command;
    }
}
