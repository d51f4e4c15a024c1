using System.CommandLine;
using Microsoft.Extensions.Logging;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Indexing.Writer;

namespace Search.Cli;

/// <summary>
/// <c>search index</c>: builds or updates an index from files and folders of articles (seed text, JSON
/// Lines, HTML, RSS/Atom) and prints what it did.
/// </summary>
internal static class IndexCommand
{
    public static Command Create(ILoggerFactory loggers, TextWriter output, TextWriter errors)
    {
        var options = new IndexOptions();
        var command = new Command("index", "Build or update an index from article files and folders (recursively).\n" +
            "New articles are added, changed ones replaced, unchanged ones left alone; bad files and lines are\n" +
            "reported as path:line: problem and skipped.\n" + ExitCodes.Help);
        options.AddTo(command);
        var prune = new Option<bool>("--prune") { Description = "Remove indexed articles whose file (or line) under the inputs is gone." };
        var rebuild = new Option<bool>("--rebuild") { Description = "Start from an empty index; the old one stays searchable until the new one is committed." };
        var allowEmpty = new Option<bool>("--allow-empty") { Description = "With --prune or --rebuild, also drop the articles of folders that hold no article file now (emptied on purpose, not an unmounted share)." };
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many changed articles.", DefaultValueFactory = _ => 10_000 };
        var commitSeconds = new Option<int>("--commit-seconds") { Description = "Commit after this many seconds with changes.", DefaultValueFactory = _ => 10 };
        // 0 or less was read as 1 without a word, where --threads 0 is refused.
        IndexOptions.Positive(commitEvery, 1, int.MaxValue);
        IndexOptions.Positive(commitSeconds, 1, int.MaxValue);
        command.Options.Add(prune);
        command.Options.Add(rebuild);
        command.Options.Add(allowEmpty);
        command.Options.Add(commitEvery);
        command.Options.Add(commitSeconds);

        command.SetAction((parse, cancel) =>
        {
            var run = options.Run(parse) with
            {
                Prune = parse.GetValue(prune),
                Rebuild = parse.GetValue(rebuild),
                AllowEmpty = parse.GetValue(allowEmpty),
                CommitEveryArticles = Math.Max(1, parse.GetValue(commitEvery)),
                CommitEvery = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(commitSeconds))),
            };
            bool json = parse.GetValue(options.Json);
            if (IndexerFactory.TryCreate(loggers, options.Limits(parse), options.Gazetteer(parse), errors) is not { } indexer)
                return Task.FromResult(ExitCodes.Usage);
            return Task.FromResult(Guard(run.IndexPath, json, output, errors, () =>
            {
                var summary = ProgressDisplay.Run(errors, json, output, progress => indexer.Run(run, progress, cancel));
                SummaryOutput.Print(summary, run, json, output, errors);
                return SummaryOutput.ExitCode(summary);
            }));
        });
        return command;
    }

    /// <summary>Turns the index-level failures into their message and exit code.</summary>
    public static int Guard(string indexPath, bool json, TextWriter output, TextWriter errors, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (IndexBusyException e)
        {
            return Fail(e.Message, ExitCodes.IndexBusy);
        }
        catch (IndexDamagedException e)
        {
            return Fail(e.Message, ExitCodes.IndexUnusable);
        }
        catch (IndexFolderRefusedException e)
        {
            return Fail(e.Message, ExitCodes.IndexUnusable);
        }
        catch (Exception e) when (Search.Core.Indexing.Writer.DiskFull.Is(e))
        {
            return Fail(Search.Core.Indexing.Writer.DiskFull.Problem(indexPath, e), ExitCodes.IndexUnusable);
        }
        catch (Exception e) when (Search.Core.Indexing.Writer.IndexDamage.InReading(e))
        {
            return Fail(Search.Core.Indexing.Writer.IndexDamage.Problem(indexPath, e), ExitCodes.IndexUnusable);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
        {
            return Fail($"{indexPath}: the index cannot be written: {e.Message}", ExitCodes.IndexUnusable);
        }

        int Fail(string message, int code)
        {
            if (json) output.WriteLine(JsonLines.Message("fatal", message));
            errors.WriteLine(message);
            return code;
        }
    }
}
