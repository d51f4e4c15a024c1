using System.CommandLine;
using System.Globalization;
using Search.Core.Extraction;
using Search.Core.Indexing;
using Search.Core.Ingestion;

namespace Search.Cli;

/// <summary>The options <c>index</c> and <c>watch</c> share: inputs, index folder, globs, limits, output form.</summary>
internal sealed class IndexOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files and folders to read (default: the repository's seeds/). Formats by ending, in any case: .txt (seed text), .jsonl/.ndjson, .html/.htm, .rss/.atom/.xml, .sgm (Reuters-21578).",
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

    public Option<int> Threads { get; } = new("--threads")
    {
        Description = "Threads that extract and write articles while one reads the inputs; 1 does everything on one thread; 1 to 64. Default: one per core, at most 4.",
        DefaultValueFactory = _ => IndexRun.DefaultThreads,
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
        // Bounds that keep a typo from crashing the process (--threads 100000 ran out of stack) or reading nothing.
        Positive(Threads, 1, MaxThreads);
        // Below 1,000 an article is little more than its headline: refused, where it was raised to 1,000 without a word.
        Positive(MaxArticleChars, 1_000, int.MaxValue);
        MaxFileBytes.Validators.Add(result =>
        {
            // A value that is no number is the parser's to report ("Cannot parse argument"): reading it here threw, a crash.
            if (result.Tokens.Any(t => !long.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))) return;
            if (result.GetValueOrDefault<long>() < 1_000) result.AddError("--max-file-bytes must be 1000 or more.");
        });
        command.Arguments.Add(Inputs);
        foreach (var option in new Option[] { From, To, Include, Exclude, MaxArticleChars, MaxFileBytes, Threads, Json, Gazetteers }) command.Options.Add(option);
    }

    /// <summary>Most writer threads: far more than the cores of any machine this runs on, and each holds an article's work.</summary>
    public const int MaxThreads = 64;

    /// <summary>Refuses a number outside [least, most]; "--threads abc" or a number too large for an int is the parser's to report.</summary>
    internal static void Positive(Option<int> option, int least, int most) =>
        option.Validators.Add(result =>
        {
            // Reading a value that is no int threw ("--threads abc" crashed with a stack trace, exit 134).
            if (result.Tokens.Any(t => !int.TryParse(t.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))) return;
            int value = result.GetValueOrDefault<int>();
            if (value < least || value > most)
                result.AddError(most == int.MaxValue ? $"{option.Name} must be {least} or more." : $"{option.Name} must be {least} to {most}.");
        });

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
            Threads = parse.GetValue(Threads),
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
        MaxArticleChars = parse.GetValue(MaxArticleChars),
        MaxFileBytes = parse.GetValue(MaxFileBytes),
    };
}
