using Search.Core.Analysis;
using Search.Core.Linking.Corroboration;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Passages;

/// <summary>A passage search finds a word's news synonyms, but the word typed comes first, and no word that is a synonym only within an event's story.</summary>
public sealed class PassageSynonymTests
{
    [Fact]
    public void TheWordTypedRanksAboveARarerSynonym()
    {
        // "decapitated" is in one passage and "beheaded" in three: by idf alone the rare synonym would score higher.
        using var index = new TestIndex([
            TestIndex.Article("a", "Two officers were decapitated in the night, the ministry said."),
            TestIndex.Article("b", "Two officers were beheaded in the night, the ministry said."),
            TestIndex.Article("c", "Reports that prisoners were beheaded could not be confirmed by anyone."),
            TestIndex.Article("d", "A town where a saint was beheaded long ago keeps his feast in spring."),
        ]);

        var hits = index.Passages.Search(new SearchRequest { Query = "beheaded" }).Hits;

        Assert.Equal(4, hits.Count);
        Assert.Equal("b", hits[0].ArticleId);
        Assert.Equal("a", hits[^1].ArticleId); // found, and marked, but last: its passage is otherwise the same as b's
        Assert.Contains("<mark>decapitated</mark>", hits[^1].Html);
    }

    [Fact]
    public void AWordThatMeansTheGroupOnlyInAStoryIsNeitherFoundNorExpanded()
    {
        using var index = new TestIndex([
            TestIndex.Article("a", "The central bank announced a rate cut of half a point on Tuesday morning."),
            TestIndex.Article("b", "A blackout left the whole district without power for two hours on Tuesday."),
            TestIndex.Article("c", "Living standards have fallen for a third year, the survey of households found."),
        ]);

        Assert.Equal(["b"], index.Passages.Search(new SearchRequest { Query = "blackout" }).Hits.Select(h => h.ArticleId));
        Assert.Equal(["a"], index.Passages.Search(new SearchRequest { Query = "cut" }).Hits.Select(h => h.ArticleId));
        Assert.Empty(index.Passages.Search(new SearchRequest { Query = "killed" }).Hits);
    }

    [Fact]
    public void SuchAWordStillCountsAsTheGroupWhenReportsAreCompared()
    {
        using var analyzer = new NewsAnalyzer(TextAnalysis.Default);
        var synonyms = NewsSynonyms.Load(analyzer);
        string Stem(string word) => Assert.Single(Stems.Of(analyzer, word));

        Assert.Equal(synonyms.Group(Stem("blackout")), synonyms.Group(Stem("cut")));
        Assert.DoesNotContain(Stem("cut"), synonyms.Alike(Stem("blackout")));
        Assert.Equal([Stem("cut")], synonyms.Alike(Stem("cut")));
        Assert.Contains(Stem("decapitated"), synonyms.Alike(Stem("beheaded")));
        Assert.NotEqual(synonyms.Group(Stem("killed")), synonyms.Group(Stem("living")));
    }

    [Fact]
    public void CapsizedFindsNeitherARulingOverturnedNorASinkingFundButMetersFindsMetres()
    {
        // Between two reports, capsized, overturned and sank are one event; a search for capsized found Reuters' court rulings
        // "overturned" and its "sinking fund debentures" when they were its synonyms.
        using var index = new TestIndex([
            TestIndex.Article("a", "The ferry capsized in the strait before dawn with 175 people aboard."),
            TestIndex.Article("b", "An appeals court overturned the ruling on Tuesday, the company said."),
            TestIndex.Article("c", "The company sold 100 million dlrs of sinking fund debentures."),
            TestIndex.Article("d", "Waves of up to four metres hit the coast, the weather agency said."),
        ]);
        Assert.Equal(["a"], index.Passages.Search(new SearchRequest { Query = "capsized" }).Hits.Select(h => h.ArticleId));
        Assert.Equal(["d"], index.Passages.Search(new SearchRequest { Query = "meters" }).Hits.Select(h => h.ArticleId));
    }

    [Fact]
    public void PoliceFindsNeitherAnOfficeNorTheLaw()
    {
        // "officers" stems as "office" does, and "law-enforcement" gave "law" alone: both were synonyms of police in a search.
        using var index = new TestIndex([
            TestIndex.Article("a", "Police closed the square before noon on Thursday, witnesses said."),
            TestIndex.Article("b", "The mayor's office and the prosecutor's office were set on fire overnight."),
            TestIndex.Article("c", "The forces of law and order were called in by the governor of the region."),
        ]);
        Assert.Equal(["a"], index.Passages.Search(new SearchRequest { Query = "police" }).Hits.Select(h => h.ArticleId));
    }
}
