using System.Diagnostics;
using Lucene.Net.Index;
using Microsoft.Extensions.Logging;
using Search.Core.Analysis;
using Search.Core.Extraction;
using Search.Core.Indexing.Writer;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Files;
using Search.Core.Ingestion.Text;
using Search.Core.Linking.Passages;
using Search.Core.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Indexing;

/// <summary>
/// Builds or updates an index from files and folders of articles in any known format: reads,
/// extracts, and adds or replaces each article by id, leaving unchanged ones alone (by content hash),
/// committing in batches so a kill loses at most the last batch, and optionally pruning articles whose
/// inputs are gone. A bad file or line is reported by path and line and skipped; everything else is
/// still indexed, and nothing committed is lost. The site's first-start build runs through here too.
/// </summary>
/// <remarks>Holds the index folder's writer lock for the run: a second writer fails at once with <see cref="IndexBusyException"/>.</remarks>
public sealed class ArticleIndexer(Gazetteer gazetteer, ArticleReaders readers, ReadLimits limits, ILogger<ArticleIndexer> logger)
{
    private readonly ArticleExtractor _extractor = new(gazetteer);
    private readonly ArticleDocumentBuilder _builder = new(gazetteer);

    /// <summary>The text analysis written into the index; only the ranking evaluation varies it.</summary>
    internal TextAnalysis Analysis { get; init; } = TextAnalysis.Default;

    public ArticleIndexer(Gazetteer gazetteer, ILogger<ArticleIndexer> logger)
        : this(gazetteer, ArticleReaders.All(), ReadLimits.Default, logger)
    {
    }

    /// <summary>Runs <paramref name="run"/> and returns what it did.</summary>
    /// <exception cref="IndexBusyException">Another process is writing to the index.</exception>
    /// <exception cref="IndexDamagedException">The index folder holds an index that does not open.</exception>
    public IndexSummary Run(IndexRun run, IProgress<IndexProgress>? progress = null, CancellationToken cancel = default)
    {
        var clock = Stopwatch.StartNew();
        var selection = InputSelection.Find(run.Inputs, readers.Extensions, run.Include, run.Exclude);
        // Before a rebuild clears a damaged index's commit (and with it, for Lucene, every segment): a mistyped input destroyed
        // segments that CheckIndex could have saved.
        if (run.Rebuild && DamagedRebuildRefusal(run, selection) is { } refusal) throw new IndexDamagedException(run.IndexPath, refusal);
        using var session = IndexSession.Open(run.IndexPath, run.Rebuild, run.WriteBufferMb, Analysis, run.Inputs);
        // The recovery is the summary's to report (the command line prints it, the site logs it): said once, not twice.
        return Apply(session, selection, selection.Files, run, clock, progress, cancel) with { Recovery = session.Recovery };
    }

    private static string? DamagedRebuildRefusal(IndexRun run, InputSelection selection)
    {
        if (IndexFolderState.Inspect(run.IndexPath) is not (IndexFolderKind.Damaged, var problem)) return null;
        bool failed = selection.Problems.Any(p => !p.IsWarning), empty = selection.Files.Count == 0 && !run.AllowEmpty;
        return failed || empty
            ? $"{problem}; and {(failed ? "an input could not be read (above)" : "the inputs hold no article file")}, so the rebuild was not started: the damaged index is left as it is"
            : null;
    }

    /// <summary>Convenience for the seed layout: every known file under one folder.</summary>
    public IndexSummary IndexFolder(string articlesPath, string indexPath) =>
        Run(new IndexRun { Inputs = [articlesPath], IndexPath = indexPath });

    /// <summary>
    /// Reads <paramref name="toRead"/> (all of <paramref name="selection"/>, or the files a watch saw change)
    /// into an open session and commits. Pruning removes the articles of files that left the selection,
    /// and articles no longer in a file that was read.
    /// </summary>
    internal IndexSummary Apply(IndexSession session, InputSelection selection, IReadOnlyList<string> toRead, IndexRun run, Stopwatch clock,
        IProgress<IndexProgress>? progress, CancellationToken cancel)
    {
        using var indexed = run.Rebuild ? null : IndexedArticles.Open(session.Directory);
        // A rebuild's writer starts empty; the last commit, still the folder's until the rebuild commits, is what it may lose.
        using var previous = run.Rebuild ? IndexedArticles.OpenReplaced(session.Directory) : null;
        var tally = new RunTally(selection, toRead, clock, progress);
        var commitClock = Stopwatch.StartNew();
        int pending = 0;
        // Reading, hashing and the run's bookkeeping stay on this thread, in input order; extraction and writing go to the writers.
        using var writers = new WriterThreads(run.Threads);

        if (run.FirstBuild) FirstBuildMark.Set(session.Writer, finished: false);
        // Files whose article moved out of an id another input gives (below): read with the move, so not read again.
        var movedFrom = new HashSet<string>(StringComparer.Ordinal);
        foreach (string file in toRead)
        {
            if (cancel.IsCancellationRequested) break;
            bool failed = false, gaveArticle = false; // a file that failed and gave no article (an unknown format or charset) was not read
            if (!movedFrom.Contains(file))
                foreach (var outcome in readers.Read(file, limits))
                {
                    if (outcome.Problem is { } problem) tally.Problem(problem, file);
                    failed |= outcome.Problem is { IsWarning: false };
                    gaveArticle |= outcome.Article != null;
                    if (outcome.Article is not { } read) continue;
                    var raw = ArticleLength.WithLimitInHash(read, limits.MaxArticleChars);
                    tally.At(outcome.Position);
                    bool claims = false;
                    if (FileNamedIds.ClaimedFrom(raw, id => tally.FileOf(id) ?? IndexedElsewhere(id, raw.ContentHash)) is { } from && Reread(from, raw.Id) is { } holding)
                    {
                        var (moved, warning) = FileNamedIds.Moved(holding, raw);
                        tally.Problem(warning, file);
                        movedFrom.Add(holding.SourcePath);
                        Take(moved, holding.SourcePath, claimed: false);
                        claims = true;
                    }
                    Take(raw, file, claims);
                    if (cancel.IsCancellationRequested) break;
                }
            tally.FileDone(file, unreadable: failed && !gaveArticle);
        }

        writers.Drain();
        bool stopped = cancel.IsCancellationRequested;
        int removed = 0;
        if (run.Prune && !stopped && indexed != null)
        {
            var kept = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (id, source) in indexed.All())
            {
                if (!tally.ShouldPrune(id, source)) continue;
                if (!run.AllowEmpty && tally.EmptyRootOf(source) is { } empty)
                {
                    kept[empty] = kept.GetValueOrDefault(empty) + 1;
                    continue;
                }
                session.Writer.DeleteDocuments(new Term(ArticleFields.Id, id), PassageFields.ArticleTerm(id));
                removed++;
            }
            foreach (var (folder, count) in kept)
                tally.Problem(new ReadProblem(folder, 0, $"no article file here, though the index holds {count:N0} {(count == 1 ? "article" : "articles")} from this folder: "
                    + "kept (is a share not mounted?); if it was emptied on purpose, run again with --allow-empty", IsWarning: true), folder);
        }
        // Said apart from the inputs' problems: counted among them, a refusal made "failed: 1" where no input had failed.
        string? refusal = previous != null ? RebuildRefusal(tally, previous, stopped, run.AllowEmpty) : null;
        if (refusal == null)
        {
            // A rebuild keeps only what it read: the rest of the last commit is what it removed.
            if (previous != null) removed = previous.All().Count(a => !tally.WasRead(a.Id));
            if (run.FirstBuild) FirstBuildMark.Set(session.Writer, finished: !stopped && !tally.InputFailed && run.Inputs.Count > 0);
            session.Commit();
        }

        int total;
        using (var reader = DirectoryReader.Open(session.Directory)) total = ArticlesOnly.Count(reader);
        var summary = tally.Summary(removed, total) with { Stopped = stopped, NotCommitted = refusal };
        if (refusal != null) logger.LogWarning("Read into {Index}, not committed ({Refusal}): {Summary}", run.IndexPath, refusal, summary);
        else if (stopped) logger.LogInformation("Stopped early; what was read is committed into {Index}: {Summary}", run.IndexPath, summary);
        else logger.LogInformation("Indexed into {Index}: {Summary}", run.IndexPath, summary);
        return summary;

        // The file the index holds another text of this id from, while that file is there: one whose file is gone holds the id
        // no more (the article named after its file took it back a run late, with a stale warning).
        string? IndexedElsewhere(string id, string hash) =>
            indexed?.HashOf(id) is { } held && held != hash && indexed.SourceOf(id) is { Length: > 0 } source && File.Exists(source) ? source : null;

        // Reads the article again from the file whose name gave it the id, if that file still holds it alone.
        RawArticle? Reread(string path, string id)
        {
            if (!File.Exists(path)) return null;
            var articles = readers.Read(path, limits).Select(o => o.Article).OfType<RawArticle>().Take(2).ToList();
            return articles is [var only] && only.Id == id ? ArticleLength.WithLimitInHash(only, limits.MaxArticleChars) : null;
        }

        // Adds or replaces one article. Claimed: the article that held its id (read earlier in this run) has just moved out of it.
        void Take(RawArticle raw, string file, bool claimed)
        {
            // The same text read from another place (a copy of the folder) is the same article, not another one.
            (raw, var renamed) = FileNamedIds.Apart(raw, id => tally.OtherFileOf(id, raw.ContentHash) ?? IndexedElsewhere(id, raw.ContentHash));
            if (renamed != null) tally.Problem(renamed, file);
            bool first = tally.FirstSighting(raw, out var duplicate);
            if (!first && !claimed) tally.Problem(duplicate!, file);
            string? hash = indexed?.HashOf(raw.Id);
            // An article read from another file than the index records is written again, so that its source follows the file:
            // a file moved unchanged kept its old path, and a prune of its old folder removed articles whose file still existed.
            bool same = hash != null && hash == raw.ContentHash && indexed!.SourceOf(raw.Id) == raw.SourcePath;
            var change = hash == null ? ArticleChange.Added : same ? ArticleChange.Unchanged : ArticleChange.Updated;
            // Nothing written yet for this id, and the index holds this very copy: nothing to write.
            if (same && (first || tally.ChangeOf(raw.Id) == ArticleChange.Unchanged))
            {
                tally.Counted(raw.Id, change);
                return;
            }
            // A later copy of an id replaces the earlier one: the earlier one's write must be done before its delete is queued.
            if (!first) writers.Drain();
            // A rebuild starts empty, so an article read for the first time replaces nothing: adding it (with its
            // passages) skips the deletes by id that an update costs for every article.
            bool add = run.Rebuild && first;
            writers.Post(() =>
            {
                var article = run.Extraction ? _extractor.Extract(raw) : GivenArticle.From(raw);
                var documents = _builder.BuildWithPassages(article, session.Writer.Analyzer);
                if (add) session.Writer.AddDocuments(documents);
                else Write(session.Writer, raw.Id, documents);
            });
            tally.Counted(raw.Id, change);
            // A rebuild commits once at the end, so readers never see a half-built index.
            if (!run.Rebuild && (++pending >= run.CommitEveryArticles || commitClock.Elapsed >= run.CommitEvery))
            {
                // Whole articles only: a commit between a replacement's two deletes and its add would keep the old article without passages.
                writers.Drain();
                session.Commit();
                pending = 0;
                commitClock.Restart();
            }
        }
    }

    /// <summary>
    /// Why a rebuild is not committed, or null: it was stopped, an input could not be listed, it read no article, a folder it
    /// would drop articles of holds no article file, or a file that failed to read held indexed articles. A mistyped input path
    /// emptied the index, as the rebuild read nothing and committed; uncommitted, the index stays as it was (the session rolls back).
    /// </summary>
    private static string? RebuildRefusal(RunTally tally, IndexedArticles previous, bool stopped, bool allowEmpty)
    {
        if (previous.Count == 0) return null; // a first build loses nothing: what it read is committed, as any run's is
        string keeps = $"the index keeps its {previous.Count:N0} articles";
        if (stopped) return $"the rebuild was stopped before it read every input, so it was not committed: {keeps}";
        if (tally.InputFailed) return $"an input could not be read (above), so the rebuild was not committed: {keeps}";
        if (allowEmpty) return LostToFailures(tally, previous, keeps);
        // A rebuild that read nothing (an empty folder given, a copy not finished) would empty the index.
        if (!tally.ReadAny) return $"the rebuild read no article, so it was not committed: {keeps}; if the archive is empty on purpose, run again with --allow-empty";
        var fromEmpty = previous.All().Where(a => !tally.WasRead(a.Id) && tally.EmptyRootOf(a.SourcePath) != null).ToList();
        if (fromEmpty.Count > 0)
            return $"{tally.EmptyRootOf(fromEmpty[0].SourcePath)} holds no article file, though the index holds {fromEmpty.Count:N0} of its articles (is a share not mounted?), so the rebuild was not committed: {keeps}; if it was emptied on purpose, run again with --allow-empty";
        return LostToFailures(tally, previous, keeps);
    }

    private static string? LostToFailures(RunTally tally, IndexedArticles previous, string keeps)
    {
        int lost = previous.All().Count(a => tally.LostByFailure(a.Id, a.SourcePath));
        return lost == 0 ? null
            : $"{lost:N0} indexed {(lost == 1 ? "article comes" : "articles come")} from files that failed to read (above), so the rebuild was not committed: {keeps}. Mend the files, or leave them out of the inputs";
    }

    // The article replaces its old version and its old passages; its new passages follow it as one block.
    // A delete applies only to documents added before it, so the new ones are safe.
    private static void Write(IndexWriter writer, string id, IEnumerable<Lucene.Net.Documents.Document> documents)
    {
        writer.DeleteDocuments(PassageFields.ArticleTerm(id));
        writer.UpdateDocuments(new Term(ArticleFields.Id, id), documents);
    }
}
