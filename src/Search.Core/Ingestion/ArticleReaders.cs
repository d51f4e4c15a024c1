using Search.Core.Ingestion.Feeds;
using Search.Core.Ingestion.Html;
using Search.Core.Ingestion.JsonLines;
using Search.Core.Ingestion.Reuters;
using Search.Core.Ingestion.Seeds;

namespace Search.Core.Ingestion;

/// <summary>The input formats the indexer reads, chosen by file name ending.</summary>
public sealed class ArticleReaders
{
    private readonly IReadOnlyList<IArticleReader> _readers;

    public ArticleReaders(IEnumerable<IArticleReader> readers) => _readers = readers.ToList();

    /// <summary>Every format this product reads.</summary>
    public static ArticleReaders All() =>
        new([new SeedArticleReader(), new JsonLinesArticleReader(), new HtmlArticleReader(), new FeedArticleReader(), new ReutersArticleReader()]);

    /// <summary>Every known file ending, for the default include globs.</summary>
    public IReadOnlyList<string> Extensions => _readers.SelectMany(r => r.Extensions).ToList();

    /// <summary>The reader for a file, or null when its ending is not a known format's.</summary>
    public IArticleReader? For(string path)
    {
        string name = Path.GetFileName(path).ToLowerInvariant();
        return _readers.FirstOrDefault(r => r.Extensions.Any(e => name.EndsWith(e, StringComparison.Ordinal)));
    }

    /// <summary>Reads a file with its format's reader; an unknown format is one problem.</summary>
    /// <remarks>
    /// A reader's unforeseen failure ends its file as one problem, after the articles read before it: one file an archive
    /// holds must never stop a run, or a watch, over the others.
    /// </remarks>
    public IEnumerable<ReadOutcome> Read(string path, ReadLimits limits)
    {
        if (For(path) is not { } reader)
        {
            yield return ReadOutcome.Fail(path, 0, $"unknown format: expected a file ending in {string.Join(", ", Extensions)}");
            yield break;
        }
        using var outcomes = reader.Read(path, limits).GetEnumerator();
        int line = 0;
        while (true)
        {
            ReadOutcome? next = null;
            string? failure = null;
            try
            {
                if (outcomes.MoveNext()) next = outcomes.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
            {
                failure = $"reading stopped after line {line}: {e.Message}";
            }
            if (failure != null)
            {
                yield return ReadOutcome.Fail(path, line + 1, failure);
                yield break;
            }
            if (next == null) yield break;
            line = Math.Max(line, next.Article?.Line ?? next.Problem?.Line ?? line);
            yield return next;
        }
    }
}
