using BenchmarkDotNet.Attributes;
using Lucene.Net.Search.PostingsHighlight;
using Search.Core.Highlighting;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Benchmarks.Micro;

/// <summary>
/// Snippets for the top 10 of 20 queries (<see cref="SnippetFixture"/>): ours (query terms, offsets from the
/// postings, passage selection and formatting, 3 per hit) beside Lucene.NET's PostingsHighlighter doing the
/// same job on the same index (3 passages per hit, <c>&lt;mark&gt;</c>, 10,000 characters scanned, as the kit
/// configures it). Divide by the hit count printed in the setup line for a figure per hit.
/// </summary>
[MemoryDiagnoser]
public class SnippetBenchmarks
{
    private static readonly HashSet<string> BodyOnly = [ArticleFields.Body];
    private SnippetFixture _fixture = null!;
    private ICUPostingsHighlighter _lucene = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fixture = new SnippetFixture();
        _lucene = new KitPostingsHighlighter();
        Console.Error.WriteLine($"snippet fixture: {_fixture.Hits.Count} queries, {_fixture.HitCount} hits, {_fixture.Reader.MaxDoc} articles");
    }

    [Benchmark(Baseline = true, Description = "ours: 3 snippets per hit, 20 queries x top 10")]
    public int Ours()
    {
        int made = 0;
        var reader = _fixture.Reader;
        foreach (var (query, top) in _fixture.Hits)
        {
            var terms = QueryTerms.Extract(query, reader, ArticleFields.DefaultSearchFields, ArticleFields.Body);
            var offsets = TermOffsetsReader.For(reader, terms);
            foreach (var hit in top.ScoreDocs)
            {
                string body = _fixture.Searcher.Doc(hit.Doc, BodyOnly).Get(ArticleFields.Body);
                var matches = offsets.Read(hit.Doc, ArticleFields.Body, Highlighter.MaxScanChars);
                made += Highlighter.Snippets(body, matches, 3, terms.Weight).Count;
            }
        }
        return made;
    }

    [Benchmark(Description = "Lucene.NET PostingsHighlighter: 3 passages per hit, same hits")]
    public int LucenePostingsHighlighter()
    {
        int made = 0;
        foreach (var (query, top) in _fixture.Hits)
            made += _lucene.Highlight(ArticleFields.Body, query, _fixture.Searcher, top, 3).Count(s => s != null);
        return made;
    }

    [GlobalCleanup]
    public void Cleanup() => _fixture.Dispose();

    /// <summary>Configured as the kit's Java harness configures it.</summary>
    private sealed class KitPostingsHighlighter() : ICUPostingsHighlighter(10_000)
    {
        protected override PassageFormatter GetFormatter(string field) => new DefaultPassageFormatter("<mark>", "</mark>", "… ", false);
    }
}
