using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Search;

namespace Search.Cli;

/// <summary><c>search search</c>: runs one query against an index and prints the ranked hits.</summary>
internal static class SearchCommand
{
    public static int Run(string[] args, ILoggerFactory loggers, TextWriter output, TextWriter errors)
    {
        var (options, positional, problem) = Usage.Parse(args, "index", "size");
        if (problem != null) return Usage.Print(errors, 2, problem);
        int size = int.TryParse(options.GetValueOrDefault("size", "10"), out int n) ? n : 0;
        var indexing = new IndexingOptions { IndexPath = options.GetValueOrDefault("index", "index") };
        using var host = new IndexHost(Options.Create(indexing), loggers.CreateLogger<IndexHost>());
        if (!host.IndexExists())
        {
            errors.WriteLine($"{host.IndexPath}: no index here; build one with 'search index'.");
            return 1;
        }
        using var searcher = new ArticleSearcher(host, Options.Create(new SearchOptions()));
        try
        {
            var result = searcher.Search(new SearchRequest { Query = string.Join(' ', positional), Size = size });
            if (result.Notice != null) output.WriteLine(result.Notice);
            output.WriteLine($"{result.Total} articles ({result.TookMs} ms)");
            foreach (var hit in result.Hits)
                output.WriteLine($"{hit.Score,7:0.000}  {hit.Id}  {hit.Date?.ToString("yyyy-MM-dd") ?? "undated",-10}  {hit.Source ?? "unknown",-24}  {hit.Title}");
            return 0;
        }
        catch (InvalidSearchRequestException e)
        {
            foreach (var error in e.Errors) errors.WriteLine($"{error.Parameter}: {error.Message}");
            return 2;
        }
    }
}
