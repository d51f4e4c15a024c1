using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Where each count of a sentence was made, as a sixth blind probe's cyclone wrote them: a city's toll beside the nation's,
/// two cities' in one sentence, a town the gazetteer does not know, and background of two years.
/// </summary>
public class CountScopeTests
{
    private static readonly Entity[] Places =
    [
        new(EntityType.Place, "Antananarivo", ["Antananarivo"]), new(EntityType.Place, "Toamasina", ["Toamasina"]),
        new(EntityType.Place, "Madagascar", ["Madagascar"]),
    ];

    private static List<Figure> Read(string sentence) => NamedSentence.Of(sentence, Places, Seeds.Gazetteer).ReadFigures(2026);

    private static Figure Only(string sentence) => Assert.Single(Read(sentence));

    [Fact]
    public void EachCountOfASentenceIsOfThePlaceNamedBesideIt()
    {
        var counts = Read("In Toamasina, the number of dead rose to 13, while seven people lost their lives in Antananarivo.");
        Assert.Equal([(13.0, "Toamasina"), (7.0, "Antananarivo")], counts.Select(f => (f.Number.Value, Assert.Single(f.Places))));
        // So a city's count is no rival to another city's, and one city's two counts are.
        Assert.False(counts[0].Contradicts(Only("Seven people died in a mudslide in Antananarivo.")) || counts[1].Contradicts(Only("Seven people died in a mudslide in Antananarivo.")));
        Assert.True(counts[0].Contradicts(Only("In Toamasina, 12 people were killed.")));
    }

    [Fact]
    public void AWordOfTheWholeCountryMakesTheCountTheWholes()
    {
        var nationwide = Only("Nationwide, Lisoa has killed at least 27 people since making landfall near Toamasina.");
        Assert.Empty(nationwide.Places);
        // A city's count below the nation's is a part of it.
        Assert.False(Only("In Toamasina, 13 people were killed.").Contradicts(nationwide));
        Assert.True(Only("Across Madagascar, the cyclone has killed at least 33 people.").Contradicts(nationwide));
    }

    [Fact]
    public void ATownTheGazetteerDoesNotKnowIsAPartBesideAnotherScopeOrOpeningTheSentence()
    {
        var whole = Only("The cyclone killed at least 31 people, the disaster office said.");
        var counts = Read("Four people died in Brickaville and three in Fenoarivo Atsinanana.");
        Assert.All(counts, f => Assert.False(f.Contradicts(whole)));
        Assert.False(Only("In Brickaville, about 100 kilometers south of Toamasina, four people drowned.").Contradicts(whole));
        // The point it is measured from is no scope: this is not Toamasina's count.
        Assert.False(Only("In Brickaville, about 100 kilometers south of Toamasina, four people drowned.").Contradicts(Only("In Toamasina, 13 people were killed.")));
        Assert.False(Only("Four people drowned in the town, local officials said.").Contradicts(whole));
    }

    [Fact]
    public void ACityAndItsRegionNamedTogetherAreOneScope()
    {
        Entity[] mexico = [new(EntityType.Place, "Toamasina", ["Toamasina"]), new(EntityType.Place, "Antananarivo", ["Antananarivo"])];
        var figure = Assert.Single(NamedSentence.Of("Thirteen people were killed in a blast in Toamasina, Antananarivo, on Tuesday.", mexico, Seeds.Gazetteer).ReadFigures(2026));
        Assert.Equal(["Antananarivo", "Toamasina"], figure.Places.Order());
    }

    [Fact]
    public void ADatelineInMixedCaseIsTheDesksNotWhereTheCountWasMade()
    {
        // A seventh probe: AFP's "Lima (AFP) - Twenty-three people died" was read as a count made in Lima, so a part below the
        // other outlets' 24, and never flagged.
        Entity[] lima = [new(EntityType.Place, "Lima", ["Lima"])];
        var figure = NamedSentence.Of("Lima (AFP) - Twenty-three people died and dozens were injured Saturday when a bus plunged into a ravine.", lima, Seeds.Gazetteer).ReadFigures(2026)[0];
        Assert.Empty(figure.Places);
        Assert.True(figure.Contradicts(Only("A bus fell off a mountain road early Saturday, killing 24 people.")));
    }

    [Fact]
    public void ACountInAnotherYearIsNoRivalToTodays()
    {
        var statistic = Only("More than 3,100 people died on the country's roads in 2024, according to police figures.");
        Assert.False(statistic.Contradicts(Only("A bus fell off a mountain road early Saturday, killing 24 people.")));
        // A founding year dates the founding, not the count.
        Assert.True(Only("The company, founded in 2009, said 13 people died.").Contradicts(Only("Eleven people died.")));
    }

    [Fact]
    public void APartIncludedInACountIsNoCountOfItsOwn()
    {
        var figure = Only("Seven people, including three children, were killed when a mudslide buried houses.");
        Assert.Equal(7.0, figure.Number.Value);
    }

    [Fact]
    public void EachCountOfASentenceOfTwoYearsIsOfTheYearNamedBesideIt()
    {
        var counts = Read("In 2022, Cyclone Batsirai killed more than 120 people, and Cyclone Gamane left 18 dead in March 2024.");
        Assert.Equal([2022, 2024], counts.Select(f => f.Time.Stated ?? 0));
        Assert.False(counts[1].Contradicts(Only("Cyclone Batsirai, which struck the same coast in February 2022, killed 121 people.")));
    }

    [Fact]
    public void ATownNamedAfterThePortCityOfIsAPartUnlessTheDatelineNamesIt()
    {
        // A blind probe: "The port city of Nacala has reported 19 suspected cases" was flagged against the 1,284 of the country.
        var town = Only("The port city of Nacala has reported 19 suspected cases, a health official said.");
        Assert.True(town.Local);
        Assert.False(town.Contradicts(Only("The ministry said 1,284 suspected cases had been recorded.")));
        // The dateline's town is the story's own: its count is the whole.
        Assert.False(Only("NACALA, Mozambique (AP) — Cholera has killed 12 people, and the port city of Nacala has shut its schools.").Local);
    }
}
