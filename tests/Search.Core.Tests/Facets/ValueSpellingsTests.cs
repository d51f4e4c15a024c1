using Search.Core.Extraction;
using Search.Core.Facets;
using Search.Core.Search;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Two spellings of one name in different reports ("Bernardo Arévalo", "Bernardo Arevalo") are one facet value: counted
/// once, shown in the fuller spelling, and a filter or an exclusion on either finds every report of either.
/// </summary>
public class ValueSpellingsTests
{
    private static TestIndex Index() => new([
        TestIndex.Article("a", "The president spoke.", "AP", null, (EntityType.Person, "Bernardo Arévalo")),
        TestIndex.Article("b", "The president flew over the volcano.", "Reuters", null, (EntityType.Person, "Bernardo Arevalo")),
        TestIndex.Article("c", "The president declared an emergency.", "AFP", null, (EntityType.Person, "Bernardo Arevalo")),
        TestIndex.Article("d", "The exile returned.", "AP", null, (EntityType.Person, "Jean Claude Duvalier"), (EntityType.Place, "Haiti")),
        TestIndex.Article("e", "The exile spoke.", "AFP", null, (EntityType.Person, "Jean-Claude Duvalier"), (EntityType.Place, "haiti")),
        TestIndex.Article("f", "A minister spoke.", "AFP", null, (EntityType.Person, "Karin Keller")),
    ], commitEvery: 2);

    private static Dictionary<string, int> Counts(SearchResult result, string dimension) =>
        result.FacetsOf(dimension).Values.Where(v => !v.Missing).ToDictionary(v => v.Value, v => v.Count);

    [Fact]
    public void SpellingsOfOneNameCountAsOneValueShownInItsFullestSpelling()
    {
        using var index = Index();
        var people = Counts(index.Searcher.Search(new SearchRequest()), "person");
        Assert.Equal(new Dictionary<string, int> { ["Bernardo Arévalo"] = 3, ["Jean-Claude Duvalier"] = 2, ["Karin Keller"] = 1 }, people);
        Assert.Equal(2, Counts(index.Searcher.Search(new SearchRequest()), "place").Values.Single());
    }

    [Theory]
    [InlineData("Bernardo Arevalo")]
    [InlineData("Bernardo Arévalo")]
    [InlineData("bernardo arevalo")]
    public void AFilterOnEitherSpellingFindsEveryReportOfEither(string value)
    {
        using var index = Index();
        var result = index.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = [value] } });
        Assert.Equal(["a", "b", "c"], result.Hits.Select(h => h.Id).Order());
        // The chip and the facet name the value once, as it is shown, selected.
        var chosen = Assert.Single(result.FacetsOf("person").Values, v => v.Selected);
        Assert.Equal(("Bernardo Arévalo", 3), (chosen.Value, chosen.Count));

        var passages = index.Passages.Search(new SearchRequest { Query = "president", Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = [value] } });
        Assert.Equal(3, passages.Total);
    }

    [Fact]
    public void AnExclusionOfOneSpellingLeavesOutEveryReportOfEither()
    {
        using var index = Index();
        var result = index.Searcher.Search(new SearchRequest { Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Bernardo Arevalo"] } });
        Assert.Equal(["d", "e", "f"], result.Hits.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("Bernardo Arevalo", "Bernardo Arévalo", "Bernardo Arévalo")]
    [InlineData("Jean Claude Duvalier", "Jean-Claude Duvalier", "Jean-Claude Duvalier")]
    [InlineData("Alan L Himber", "Alan L. Himber", "Alan L. Himber")]
    [InlineData("WIlliam D. Dickey", "William D. Dickey", "William D. Dickey")]
    [InlineData("BankAmerica Corp", "Bankamerica Corp", "BankAmerica Corp")]
    public void TheFullerSpellingIsShown(string one, string other, string shown)
    {
        foreach (string[] labels in (string[][])[[one, other], [other, one]])
        {
            var shownAs = ValueSpellings.ShownAs(labels.Order(StringComparer.Ordinal).ToArray());
            var sorted = labels.Order(StringComparer.Ordinal).ToArray();
            Assert.NotNull(shownAs);
            Assert.All(shownAs, i => Assert.Equal(shown, sorted[i]));
        }
    }

    [Theory]
    [InlineData("Banca Aurelia", "Banca Aurelia SpA", "Banca Aurelia")]
    [InlineData("Chevron Corp", "Chevron Corporation", "Chevron Corp")]
    [InlineData("Procter and Gamble Co", "Procter and Gamble", "Procter and Gamble")]
    public void AFirmsNameIsOneWithItsCompanyFormOrWithout(string one, string other, string shown)
    {
        var sorted = new[] { one, other }.Order(StringComparer.Ordinal).ToArray();
        var shownAs = ValueSpellings.ShownAs(sorted, firms: true);
        Assert.NotNull(shownAs);
        Assert.All(shownAs, i => Assert.Equal(shown, sorted[i]));
        // Only firms drop a form: two people are never one for it.
        Assert.Null(ValueSpellings.ShownAs(sorted));
    }

    [Fact]
    public void AFirmWithAndWithoutItsFormCountsOnce()
    {
        using var index = new TestIndex([
            TestIndex.Article("a", "The bank agreed to the takeover.", "Reuters", null, (EntityType.Organization, "Banca Aurelia SpA")),
            TestIndex.Article("b", "The bank's shares rose.", "AFP", null, (EntityType.Organization, "Banca Aurelia")),
        ]);
        Assert.Equal(new Dictionary<string, int> { ["Banca Aurelia"] = 2 }, Counts(index.Searcher.Search(new SearchRequest()), "org"));
        var filtered = index.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["org"] = ["Banca Aurelia SpA"] } });
        Assert.Equal(2, filtered.Total);
    }

    [Fact]
    public void AFirmsOneWordNameIsTheIndexsOnlyNameOfThatWordAndATrade()
    {
        // A QA pass found "Albion" and "Albion Airways", "Vorland" and "Vorland Automobile" as two values each, each filter
        // finding part of the reports of one firm.
        using var index = new TestIndex([
            TestIndex.Article("a", "Pilots at the airline began a strike.", "Reuters", null, (EntityType.Organization, "Albion Airways")),
            TestIndex.Article("b", "The airline cancelled 320 flights.", "AP", null, (EntityType.Organization, "Albion")),
            TestIndex.Article("c", "The carmaker will cut 3,000 jobs.", "AFP", null, (EntityType.Organization, "Vorland")),
            TestIndex.Article("d", "The carmaker closes a plant.", "Reuters", null, (EntityType.Organization, "Vorland Automobile")),
        ]);
        Assert.Equal(new Dictionary<string, int> { ["Albion Airways"] = 2, ["Vorland Automobile"] = 2 }, Counts(index.Searcher.Search(new SearchRequest()), "org"));
        var filtered = index.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["org"] = ["Albion"] } });
        Assert.Equal(2, filtered.Total);
        // A word with two such names joins neither; nor does a person's name, nor a name of two words.
        Assert.Null(ValueSpellings.ShownAs(["Kestrel", "Kestrel Energy", "Kestrel Telecom"], firms: true));
        Assert.Null(ValueSpellings.ShownAs(["Albion", "Albion Airways"]));
        Assert.Null(ValueSpellings.ShownAs(["Albion Rovers", "Albion Rovers Airways"], firms: true));
        // A QA pass found "Lyra" and "Lyra Cell Technologies" apart: a word of what the firm makes may stand between.
        Assert.Equal([1, 1], ValueSpellings.ShownAs(["Lyra", "Lyra Cell Technologies"], firms: true)!);
        Assert.Null(ValueSpellings.ShownAs(["Lyra", "Lyra Cell Bank Technologies"], firms: true));
    }

    [Fact]
    public void AReportThatWritesTwoSpellingsOfOneNameCountsOnce()
    {
        // A QA pass found Holtmann Automotive at 9 reports and Albion Airways at 7 where their filters found 5: a report that
        // writes "Albion" and "Albion Airways" was counted under each.
        using var index = new TestIndex([
            TestIndex.Article("a", "Albion Airways said Albion would cancel 320 flights.", "Reuters", null,
                (EntityType.Organization, "Albion Airways"), (EntityType.Organization, "Albion")),
            TestIndex.Article("b", "The airline cancelled flights.", "AP", null, (EntityType.Organization, "Albion")),
            TestIndex.Article("c", "Vorland Automobile AG and Vorland Automobile cut jobs.", "AFP", null,
                (EntityType.Organization, "Vorland Automobile AG"), (EntityType.Organization, "Vorland Automobile")),
        ]);
        var all = index.Searcher.Search(new SearchRequest());
        Assert.Equal(new Dictionary<string, int> { ["Albion Airways"] = 2, ["Vorland Automobile"] = 1 }, Counts(all, "org"));
        // Filtered by another dimension, the counts of a dimension still count each report once.
        var reuters = index.Searcher.Search(new SearchRequest { Filters = new Dictionary<string, IReadOnlyList<string>> { ["source"] = ["Reuters"] } });
        Assert.Equal(new Dictionary<string, int> { ["Albion Airways"] = 1 }, Counts(reuters, "org"));
    }

    [Fact]
    public void NamesThatDifferInLettersStayApart()
    {
        Assert.Null(ValueSpellings.ShownAs(["Bernardo Arevalo", "Bernardo Arevala", "Maria Keller", "Mario Keller"]));
    }
}
