using FsCheck;
using FsCheck.Fluent;
using Search.Core.Search;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Issue 18: random query strings, in both modes, over the seed index: the only exception is a request
/// error (a 400 with a message), and every title and snippet is safe HTML.
/// </summary>
public class QueryFuzzTests(SeedIndexFixture seeds) : IClassFixture<SeedIndexFixture>
{
    [Fact]
    public void RandomQueriesAreAnsweredOrRefusedButNeverCrash()
    {
        var property = Prop.ForAll(HostileText.Arbitrary, Arb.From(Gen.Elements(QueryMode.All, QueryMode.Any)), (query, mode) =>
        {
            SearchResult result;
            try
            {
                result = seeds.Searcher.Search(new SearchRequest { Query = query, Mode = mode });
            }
            catch (InvalidSearchRequestException e)
            {
                Assert.NotEmpty(e.Errors);
                return;
            }
            foreach (var hit in result.Hits)
            {
                HighlighterFuzzTests.AssertSafe(hit.TitleHtml);
                foreach (var snippet in hit.Snippets) HighlighterFuzzTests.AssertSafe(snippet.Html);
            }
            Assert.NotNull(seeds.Lookup.Find(Seeds.Cnn, query));
        });
        Check.One(FuzzRuns.Config(200), property);
    }
}
