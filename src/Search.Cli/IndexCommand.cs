using System.CommandLine;
using Microsoft.Extensions.Logging;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Indexing.Writer;
using Search.Core.Ingestion;

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
        var commitEvery = new Option<int>("--commit-every") { Description = "Commit after this many changed articles.", DefaultValueFactory = _ => 10_000 };
        var commitSeconds = new Option<int>("--commit-seconds") { Description = "Commit after this many seconds with changes.", DefaultValueFactory = _ => 10 };
        command.Options.Add(prune);
        command.Options.Add(rebuild);
        command.Options.Add(commitEvery);
        command.Options.Add(commitSeconds);

        command.SetAction((parse, cancel) =>
        {
            var run = options.Run(parse) with
            {
                Prune = parse.GetValue(prune),
                Rebuild = parse.GetValue(rebuild),
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

/// <summary>The options <c>index</c> and <c>watch</c> share: inputs, index folder, globs, limits, output form.</summary>
internal sealed class IndexOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files and folders to read (default: the repository's seeds/). Formats by ending: .txt (seed text), .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string[]> From { get; } = new("--from") { Description = "Same as giving inputs; may be repeated.", Arity = ArgumentArity.ZeroOrMore };

    public Option<string> To { get; } = new("--to", "--index") { Description = "The index folder.", DefaultValueFactory = _ => "index" };

    public Option<string[]> Include { get; } = new("--include") { Description = "Glob of files to read under each folder (e.g. '**/*.html'); may be repeated. Default: every known format." };

    public Option<string[]> Exclude { get; } = new("--exclude") { Description = "Glob of files to leave out under each folder (e.g. 'drafts/**'); may be repeated." };

    public Option<int> MaxArticleChars { get; } = new("--max-article-chars")
    {
        Description = "Longest article text kept; longer ones are cut, with a warning naming the file.",
        DefaultValueFactory = _ => ReadLimits.Default.MaxArticleChars,
    };

    public Option<long> MaxFileBytes { get; } = new("--max-file-bytes")
    {
        Description = "Largest file (or JSON Lines line) read; larger ones are skipped with a message.",
        DefaultValueFactory = _ => ReadLimits.Default.MaxFileBytes,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write progress, problems and the summary as JSON lines on standard output." };

    public Option<string[]> Gazetteers { get; } = new("--gazetteer")
    {
        Description = "A user gazetteer file (format in docs/extraction.md), loaded before the shipped one; may be repeated. " +
            "Default: the site's setting from the environment, Search__Gazetteer__Files__0, __1, ...",
    };

    public void AddTo(Command command)
    {
        // A mistyped option would otherwise be taken for an input path.
        Inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-') && t.Value.Length > 1))
                result.AddError($"Unknown option '{token.Value}'.");
        });
        command.Arguments.Add(Inputs);
        foreach (var option in new Option[] { From, To, Include, Exclude, MaxArticleChars, MaxFileBytes, Json, Gazetteers }) command.Options.Add(option);
    }

    public IndexRun Run(ParseResult parse)
    {
        var inputs = (parse.GetValue(Inputs) ?? []).Concat(parse.GetValue(From) ?? []).ToList();
        if (inputs.Count == 0) inputs.Add("seeds");
        return new IndexRun
        {
            Inputs = inputs.Select(Search.Core.Indexing.RepositoryPaths.Resolve).ToList(),
            IndexPath = Search.Core.Indexing.RepositoryPaths.Resolve(parse.GetValue(To)!),
            Include = parse.GetValue(Include) ?? [],
            Exclude = parse.GetValue(Exclude) ?? [],
        };
    }

    /// <summary>
    /// The user gazetteer files: those given with --gazetteer, else the site's setting <c>Search:Gazetteer:Files</c> as
    /// environment variables (<c>Search__Gazetteer__Files__0</c>, <c>__1</c>, ... in order), so the command line and the site extract alike.
    /// </summary>
    public GazetteerOptions Gazetteer(ParseResult parse)
    {
        var given = parse.GetValue(Gazetteers) ?? [];
        if (given.Length > 0) return new GazetteerOptions { Files = [.. given] };
        string prefix = GazetteerOptions.SectionName.Replace(":", "__", StringComparison.Ordinal) + "__Files__";
        var files = new List<string>();
        while (Environment.GetEnvironmentVariable(prefix + files.Count) is { Length: > 0 } file) files.Add(file);
        return new GazetteerOptions { Files = files };
    }

    public ReadLimits Limits(ParseResult parse) => new()
    {
        MaxArticleChars = Math.Max(1_000, parse.GetValue(MaxArticleChars)),
        MaxFileBytes = Math.Max(1_000, parse.GetValue(MaxFileBytes)),
    };
}
