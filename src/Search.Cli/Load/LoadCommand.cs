using System.CommandLine;
using Search.Core.Indexing;

namespace Search.Cli.Load;

/// <summary>
/// <c>search load</c>: replays a mixed query set against a running site on this machine at several
/// concurrency levels and reports throughput, latency percentiles, errors and the site's memory;
/// with <c>--while-indexing</c>, again while an indexer in another process adds and changes articles.
/// </summary>
internal static class LoadCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var url = new Option<string>("--url") { Description = "The site, on loopback only (127.0.0.1, ::1 or localhost).", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var concurrency = new Option<string>("--concurrency") { Description = "Concurrency levels, comma-separated; each runs in turn.", DefaultValueFactory = _ => "1,4,16" };
        var seconds = new Option<int>("--seconds") { Description = "Longest time per level without indexing (1 to 600); a level while indexing lasts as long as the indexer runs.", DefaultValueFactory = _ => 20 };
        var maxRequests = new Option<int?>("--max-requests") { Description = "Most requests per level; the level ends at this count or its time, whichever comes first." };
        var sitePid = new Option<int?>("--site-pid") { Description = "The site's process id, to report its resident memory (VmRSS) during each level." };
        var seed = new Option<int>("--seed") { Description = "Seed of the query mix (and of which articles are changed).", DefaultValueFactory = _ => 18 };
        var queries = new Option<string?>("--queries")
        {
            Description = "Replay this file's queries (one a line, as typed in the search box; the benchmark kit's queries-reuters.txt, say) " +
                "as full searches, in order, instead of the generated mix of searches, filters, pages and article pages.",
        };
        var json = new Option<bool>("--json") { Description = "Write each level and check as a JSON line on standard output." };
        var whileIndexing = new Option<bool>("--while-indexing")
        {
            Description = "After the levels, run each again while 'search index' in another process adds and changes articles " +
                "in the index the site serves, then check each one through /api/articles/{id}. Needs --index and --articles.",
        };
        var index = new Option<string?>("--index") { Description = "The index folder the site serves (with --while-indexing)." };
        var articles = new Option<string?>("--articles") { Description = "The JSON Lines the index was built from, e.g. from convert-reuters; changed articles are taken from it (with --while-indexing)." };
        var add = new Option<int>("--add") { Description = "New articles per indexing round.", DefaultValueFactory = _ => 2_000 };
        var change = new Option<int>("--change") { Description = "Existing articles changed per indexing round.", DefaultValueFactory = _ => 2_000 };
        var commitEvery = new Option<int>("--commit-every") { Description = "The indexer commits after this many articles, so the site reopens its reader during the load.", DefaultValueFactory = _ => 500 };
        var command = new Command("load", "Measure a running site under load: requests/s, p50/p95/p99 latency, errors and memory, " +
            "at each concurrency level; with --while-indexing, also while an indexer writes to its index. Loopback only; " +
            "exit code 5 when any request failed or an indexed article is missing.\n" + ExitCodes.Help)
        {
            url, concurrency, seconds, maxRequests, sitePid, seed, queries, json, whileIndexing, index, articles, add, change, commitEvery,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var (target, problem) = LoopbackUrl.Parse(parse.GetValue(url)!);
            var (levels, levelsProblem) = ConcurrencyLevels.Parse(parse.GetValue(concurrency)!);
            problem ??= levelsProblem;
            int duration = parse.GetValue(seconds);
            if (duration is < 1 or > 600) problem ??= "--seconds must be from 1 to 600.";
            if (parse.GetValue(maxRequests) is < 1) problem ??= "--max-requests must be at least 1.";
            string? indexPath = parse.GetValue(index) is { } i ? RepositoryPaths.Resolve(i) : null;
            string? articlesPath = parse.GetValue(articles) is { } a ? RepositoryPaths.Resolve(a) : null;
            IReadOnlyList<string>? replayed = null;
            if (parse.GetValue(queries) is { } q)
            {
                string queriesPath = RepositoryPaths.Resolve(q);
                if (!File.Exists(queriesPath)) problem ??= $"{queriesPath}: no such file.";
                else if ((replayed = File.ReadAllLines(queriesPath).Where(l => !string.IsNullOrWhiteSpace(l)).ToList()).Count == 0) problem ??= $"{queriesPath}: no queries in it.";
            }
            if (parse.GetValue(whileIndexing))
            {
                if (indexPath == null || articlesPath == null) problem ??= "--while-indexing needs --index (the site's index folder) and --articles (the JSON Lines it was built from).";
                else if (!File.Exists(articlesPath)) problem ??= $"{articlesPath}: no such file.";
                if (parse.GetValue(add) < 0 || parse.GetValue(change) < 0 || parse.GetValue(commitEvery) < 1) problem ??= "--add and --change must be 0 or more, --commit-every at least 1.";
            }
            if (problem != null)
            {
                errors.WriteLine(problem);
                return ExitCodes.Usage;
            }
            var settings = new LoadSettings
            {
                Url = target!,
                Levels = levels,
                Duration = TimeSpan.FromSeconds(duration),
                MaxRequests = parse.GetValue(maxRequests),
                SitePid = parse.GetValue(sitePid),
                Seed = parse.GetValue(seed),
                Queries = replayed,
                Json = parse.GetValue(json),
                WhileIndexing = parse.GetValue(whileIndexing),
                IndexPath = indexPath,
                ArticlesPath = articlesPath,
                Add = parse.GetValue(add),
                Change = parse.GetValue(change),
                CommitEvery = parse.GetValue(commitEvery),
            };
            return await new LoadRun(settings, new LoadReport(settings, output, errors)).RunAsync(cancel);
        });
        return command;
    }
}
