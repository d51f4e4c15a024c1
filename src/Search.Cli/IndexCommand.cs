using Microsoft.Extensions.Logging;
using Search.Core.Extraction;
using Search.Core.Indexing;

namespace Search.Cli;

/// <summary><c>search index</c>: builds or updates an index from a folder of articles and prints what it did.</summary>
internal static class IndexCommand
{
    public static int Run(string[] args, ILoggerFactory loggers, TextWriter output, TextWriter errors)
    {
        var (options, positional, problem) = Usage.Parse(args, "from", "to");
        if (problem != null || positional.Count > 0) return Usage.Print(errors, 2, problem ?? $"Unexpected argument '{positional[0]}'.");
        string from = RepositoryPaths.Resolve(options.GetValueOrDefault("from", "seeds"));
        string to = RepositoryPaths.Resolve(options.GetValueOrDefault("to", "index"));
        if (!Directory.Exists(from))
        {
            errors.WriteLine($"{from}: no such folder of articles.");
            return 1;
        }

        var indexer = new ArticleIndexer(Gazetteer.LoadDefault(), loggers.CreateLogger<ArticleIndexer>());
        IndexSummary summary;
        try
        {
            summary = indexer.IndexFolder(from, to);
        }
        catch (Lucene.Net.Store.LockObtainFailedException)
        {
            errors.WriteLine($"{to}: another process is writing to this index; try again when it has finished.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"{to}: {e.Message}");
            return 1;
        }
        foreach (string error in summary.Errors) errors.WriteLine(error);
        output.WriteLine($"Indexed {from} into {to}");
        output.WriteLine($"  files read:  {summary.FilesRead}");
        output.WriteLine($"  added:       {summary.Added}");
        output.WriteLine($"  updated:     {summary.Updated}");
        output.WriteLine($"  unchanged:   {summary.Unchanged}");
        output.WriteLine($"  rejected:    {summary.Errors.Count}");
        output.WriteLine($"  in index:    {summary.TotalArticles} articles");
        output.WriteLine($"  time:        {summary.Elapsed.TotalSeconds:0.00} s");
        return summary.Errors.Count == 0 ? 0 : 1;
    }
}
