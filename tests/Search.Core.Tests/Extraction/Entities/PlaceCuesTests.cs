using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>The words around a name, or in it, that make it a place the gazetteer need not know.</summary>
public class PlaceCuesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("Heavy rain has killed 22 people in Sindh since Monday, officials said.", "Sindh", "Pakistan")]
    [InlineData("About 5,000 tourists were moved from hotels in eastern Crete.", "Crete", "Greece")]
    [InlineData("A volunteer firefighter died when his tanker overturned in Achaia.", "Achaea", "Greece")]
    [InlineData("The landslide buried homes in Misamis Occidental on Friday.", "Misamis Occidental", "Philippines")]
    public void ARegionOrProvinceIsKnownWithItsCountry(string text, string region, string country)
    {
        // Blind probes' provinces and islands with no cue around them ("in Achaia", "in northern Evia") were no place at all.
        var places = Names(EntityType.Place, text);
        Assert.Contains(region, places);
        Assert.Contains(country, places);
        // A region, not a city: where a story is, not where its counts were made.
        Assert.True(Seeds.Gazetteer.Find(region)!.IsRegion);
    }

    [Theory]
    [InlineData("Tamil Nadu")]
    [InlineData("California")]
    [InlineData("Mangystau Region")]
    [InlineData("Bavaria")]
    public void AStateOrProvinceKnownBeforeTheRegionsIsOneToo(string region) =>
        // A blind probe's toll "in Tamil Nadu" was read as a part of the country's, and never flagged against the others'.
        Assert.True(Seeds.Gazetteer.Find(region)!.IsRegion);

    [Fact]
    public void ACityIsNoRegion() => Assert.False(Seeds.Gazetteer.Find("Athens")!.IsRegion);

    [Theory]
    [InlineData("He heads a Lagos-based research firm.", "Lagos")]
    [InlineData("The Johannesburg-listed miner raised its offer.", "Johannesburg")]
    public void APlaceInAHyphenatedAdjectiveIsAMention(string text, string place)
    {
        Assert.Contains(place, Names(EntityType.Place, text));
    }

    [Theory]
    [InlineData("A seven-storey building collapsed on Borno Way, Ebute Metta, in Lagos on Tuesday.", "Borno Way", "Borno State")]
    [InlineData("Police closed Oxford Street in central London after the blast.", "Oxford Street", "Oxford")]
    public void APlacesNameBeforeAStreetsWordNamesTheStreet(string text, string street, string notThePlace)
    {
        // A QA session found four reports of a collapse in Lagos under Borno State, a state of Nigeria's far north.
        var places = Names(EntityType.Place, text);
        Assert.Contains(street, places);
        Assert.DoesNotContain(notThePlace, places);
    }

    [Theory]
    [InlineData("The hackers demanded 2.5 million US dollars in ransom, the company said in Accra.")]
    [InlineData("The group demanded US$2.5 million, the company said in Accra.")]
    [InlineData("The fine of 500 Swiss francs was paid by a firm in Accra.")]
    public void APlaceThatNamesASumsCurrencyIsNoPlaceOfTheStory(string text)
    {
        // A QA session found a Ghanaian breach and a Mozambican outbreak under the United States, for "US dollars". A currency's
        // market is its country's news, as Reuters tags it ("Saudi riyal interbank deposits"): that stays a place.
        var places = Names(EntityType.Place, text);
        Assert.Contains("Accra", places);
        Assert.DoesNotContain("United States", places);
        Assert.DoesNotContain("Switzerland", places);
        // The country itself is still one.
        Assert.Contains("United States", Names(EntityType.Place, "The US said it would send an envoy to Accra."));
        Assert.Contains("Saudi Arabia", Names(EntityType.Place, "Saudi riyal interbank deposits were steady on Sunday."));
    }

    [Theory]
    [InlineData("Residents of Ebute Metta told reporters that cracks had appeared in the walls weeks ago.", "Ebute Metta")]
    [InlineData("Conred said 4,100 residents of Alotenango had left their homes.", "Alotenango")]
    [InlineData("Rescuers freed 37 people from the rubble in the Ebute Metta neighborhood, officials said.", "Ebute Metta")]
    public void WhoseResidentsOrWhatNeighbourhoodASentenceNamesIsAPlace(string text, string place)
    {
        // A QA session found "Ebute Metta", a district of Lagos, among the people: its residents "told PUNCH".
        Assert.Contains(place, Names(EntityType.Place, text));
        Assert.DoesNotContain(place, Names(EntityType.Person, text));
    }

    [Fact]
    public void ATownNamedForASaintIsAPlaceNotAPerson()
    {
        const string text = "Officials in St. Moritz said the road would reopen.";
        Assert.Contains("St. Moritz", Names(EntityType.Place, text));
        Assert.Empty(Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("Ten coaches derailed near Rohri in the early hours of Monday.", "Rohri")]
    [InlineData("Six coaches came off the track near Kacha Khuh station.", "Kacha Khuh")]
    [InlineData("In 2019, more than 70 people died in a fire on a train near Rahim Yar Khan.", "Rahim Yar Khan")]
    public void WhatAThingLiesNearIsAPlace(string text, string place)
    {
        Assert.Contains(place, Names(EntityType.Place, text));
        Assert.Empty(Names(EntityType.Person, text));
    }

    [Theory]
    [InlineData("Protesters gathered near Smith's home on Sunday.", "Smith")]
    [InlineData("The guards stood near President Olsen as he spoke.", "Olsen")]
    public void WhatAPossessiveOrATitleFollowsIsNoPlace(string text, string name)
    {
        Assert.DoesNotContain(Names(EntityType.Place, text), p => p.Contains(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A landslide hit a village in the province of Davao de Oro on Monday.", "Davao de Oro", "Davao City")]
    [InlineData("Rain fell over Rio Grande do Sul, Brazil, in the week.", "Brazil", "Rio Grande")]
    [InlineData("One of their leaders, Orlando dos Santos, told Reuters the strike would go on.", null, "Orlando")]
    public void AKnownPlaceBeforeAParticleAndACapitalizedWordOpensALongerName(string text, string? place, string notPlace)
    {
        // A probe's landslide in Davao de Oro was read as one in Davao City, a city the province does not hold.
        var places = Names(EntityType.Place, text);
        if (place != null) Assert.Contains(place, places);
        Assert.DoesNotContain(notPlace, places);
    }

    [Fact]
    public void AVillageByItsWordIsAPlace() =>
        Assert.Contains("Tagbaros", Names(EntityType.Place, "Forty-two houses were buried in Tagbaros village in the town of Laak."));

    [Theory]
    [InlineData("Voting ended in the northern state of Kalundi on Saturday.", "Kalundi")] // a state the gazetteer does not know (Zamfara it now does)
    [InlineData("The governorship vote in Ondo State was close.", "Ondo State")]
    public void AStateByItsWordIsAPlace(string text, string place)
    {
        Assert.Contains(place, Names(EntityType.Place, text));
    }

    [Fact]
    public void WhatATownHallIsOfIsAPlace()
    {
        // A blind probe's hostage-taking "at the town hall of Saravena" named no place, and was linked to a siege elsewhere.
        Assert.Contains("Saravena", Names(EntityType.Place, "Armed men stormed the town hall of Saravena on Friday and held 17 employees hostage."));
        Assert.DoesNotContain("Saravena", Names(EntityType.Place, "Armed men stormed the hall of Saravena Holdings on Friday."));
    }

    [Theory]
    [InlineData("About 3,200 people were evacuated from the departments of Escuintla, Chimaltenango and Suchitepequez, officials said.", new[] { "Escuintla", "Chimaltenango", "Suchitepequez" })]
    [InlineData("Cattle were sent to the nearby provinces of Las Tunas and Ciego de Avila.", new[] { "Las Tunas", "Ciego de Avila" })]
    [InlineData("The system serves subscribers in the towns of Compton, South El Monte, Hawaiian Gardens and Lynwood.", new[] { "Compton", "South El Monte", "Hawaiian Gardens", "Lynwood" })]
    [InlineData("Ash fell on the municipality of Alotenango overnight.", new[] { "Alotenango" })]
    public void EachNameOfAListAfterPlacesOfIsAPlace(string text, string[] places)
    {
        // Blind probe 79: "the departments of Escuintla, Sacatepequez and Chimaltenango" were no places, and their names linked an
        // evacuation to a state of emergency as words two sentences shared.
        var found = Names(EntityType.Place, text);
        foreach (string place in places) Assert.Contains(place, found);
    }

    [Theory]
    [InlineData("Exports must be approved by the departments of Commerce, Defense and State.")]
    [InlineData("Jose Melicias from the research department of Drexel Burnham Lambert said prices would fall.")]
    public void AGovernmentsDepartmentsAndAFirmsAreNoPlaces(string text) => Assert.Empty(Names(EntityType.Place, text));
}
