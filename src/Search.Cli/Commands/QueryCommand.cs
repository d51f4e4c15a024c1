using System.CommandLine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Indexing.Writer;
using Search.Core.Search;

namespace Search.Cli;

/// <summary><c>search query</c>: runs one query against an index and prints the ranked hits.</summary>
internal static class QueryCommand
{
    public static Command Create(ILoggerFactory loggers, TextWriter output, TextWriter errors)
    {
        var query = new Argument<string[]>("query") { Description = "The query, in the site's query syntax.", Arity = ArgumentArity.ZeroOrMore };
        var index = new Option<string>("--index") { Description = "The index folder.", DefaultValueFactory = _ => "index" };
        var size = new Option<int>("--size") { Description = "How many hits to print.", DefaultValueFactory = _ => 10 };
        var command = new Command("query", "Run a query against an index and print the ranked hits.\nExit codes: 0 done; 2 a query the search refuses, or a bad command line; 4 no index, or one that cannot be read.") { query, index, size };
        command.SetAction(parse =>
        {
            var indexing = new IndexingOptions { IndexPath = parse.GetValue(index)! };
            using var host = new IndexHost(Options.Create(indexing), loggers.CreateLogger<IndexHost>());
            IndexFolderKind kind;
            string? problem;
            try
            {
                (kind, problem) = IndexFolderState.Inspect(host.IndexPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A folder this user may not read, or a file where the folder should be.
                errors.WriteLine($"{host.IndexPath}: the index cannot be read: {e.Message}");
                return ExitCodes.IndexUnusable;
            }
            if (kind != IndexFolderKind.Readable)
            {
                errors.WriteLine(kind switch
                {
                    IndexFolderKind.Empty when File.Exists(host.IndexPath) => $"{host.IndexPath}: a file, not an index folder; give the folder 'search index' wrote.",
                    IndexFolderKind.Empty => $"{host.IndexPath}: no index here; build one with 'search index'.",
                    IndexFolderKind.Unfinished => $"{host.IndexPath}: {problem}; run 'search index' to recover it.",
                    _ => $"{host.IndexPath}: {problem}",
                });
                return ExitCodes.IndexUnusable;
            }
            using var searcher = new ArticleSearcher(host, Options.Create(new SearchOptions()));
            try
            {
                var result = searcher.Search(new SearchRequest { Query = string.Join(' ', parse.GetValue(query) ?? []), Size = parse.GetValue(size) });
                if (result.Notice != null) output.WriteLine(result.Notice);
                output.WriteLine($"{result.Total} articles ({result.TookMs} ms)");
                foreach (var hit in result.Hits)
                    output.WriteLine($"{hit.Score,7:0.000}  {hit.Id}  {hit.Date?.ToString("yyyy-MM-dd") ?? "undated",-10}  {hit.Source ?? "unknown",-24}  {hit.Title}");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (IndexDamage.InReading(e))
            {
                // A segment file damaged after the index opened: a stack trace, exit 1.
                errors.WriteLine(IndexDamage.Problem(host.IndexPath, e));
                return ExitCodes.IndexUnusable;
            }
            catch (InvalidSearchRequestException e)
            {
                // The query is the command's argument, not a parameter named q.
                foreach (var error in e.Errors) errors.WriteLine(error.Parameter == "q" ? error.Message : $"{error.Parameter}: {error.Message}");
                return ExitCodes.Usage;
            }
        });
        return command;
    }
}
