using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a tornado's and a takeover's coverage, as a blind probe wrote them: the winds and the tornado's rating, the
/// homes destroyed, the customers without power, the shelters and the counties under a state of emergency; the price paid for
/// the firm, with and without its debt, the price a share, the premium, the savings and the jobs to go. Also a named person's age.
/// </summary>
public class StormAndTakeoverCountsTests
{
    private static List<Figure> All(string sentence) =>
        [.. Figures.In(sentence), .. Storms.In(sentence), .. Deals.In(sentence), .. AreaMeasures.In(sentence), .. Earnings.In(sentence)];

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("The National Weather Service office in Norman said the tornado was an EF4 with peak winds of 165 mph.", "The Weather Service said the tornado, rated EF4, stayed on the ground for 40 miles (64km), with winds reaching 170mph.", "wind")]
    [InlineData("The Weather Service gave the tornado a preliminary EF3 rating, though the rating could still be raised.", "The Weather Service said the tornado was an EF4 with peak winds of 165 mph.", "rating")]
    [InlineData("Some 300 homes were flattened, most of them in Cedar Bluff.", "The storms destroyed 450 homes and damaged about 1,200 more.", "destroyed")]
    [InlineData("Power was out to 40,000 customers across Oklahoma on Tuesday, utilities said.", "About 52,000 homes and businesses across Oklahoma were without electricity Tuesday.", "without power")]
    [InlineData("Tornadoes killed at least 11 people and injured at least 120, authorities said.", "Around 80 people were injured, according to local officials.", "injured")]
    [InlineData("Authorities opened 16 shelters for evacuees.", "Evacuees were being housed in 14 shelters in Escuintla and Alotenango.", "sheltered")]
    [InlineData("Governor Dana Whitfield declared a state of emergency in 14 counties on Tuesday.", "A state of emergency was declared in a dozen counties.", "emergency")]
    [InlineData("Some 120,000 people marched through central Lisbon to parliament.", "Some 80,000 protesters filled the streets of Lisbon.", "gathered")]
    [InlineData("Halvorsen Pharma agreed on Monday to buy Boston-based Quillon Therapeutics for $14.2 billion in cash.", "Halvorsen said it would buy Quillon Therapeutics, valuing the company at 13.1 billion dollars (12 billion euros).", "deal value")]
    [InlineData("Halvorsen agreed to acquire Quillon in a deal valued at $14.5 billion including debt.", "The group will pay $52 a share in cash, giving the deal an enterprise value of $15.1bn.", "deal value")]
    [InlineData("Halvorsen will pay $52 per share, a 38% premium to Quillon's closing price on Friday.", "Halvorsen will pay $52 a share in cash, a 41% premium over Quillon's closing price.", "premium")]
    [InlineData("The company expects the deal to generate $750 million in annual cost savings by 2029.", "The chief executive said the combination would yield $600mn of annual cost savings by 2029.", "savings")]
    [InlineData("The takeover will lead to the loss of 1,500 jobs worldwide.", "Roughly 1,200 roles will go, mainly in research.", "cut")]
    [InlineData("It plans to close 350 branches as it merges the two networks.", "The combined group will close about 300 branches and cut around 2,500 jobs.", "closed")]
    [InlineData("The retailer announced Wednesday it would close 45 shops.", "The retailer is to close 47 stores, including three in London.", "closed")]
    public void TheCountsOfATornadoAndATakeoverDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void WindsInMilesAndInKilometresAnHourAndGustsAreKindsOfTheirOwn()
    {
        var converted = Storms.In("The tornado packed winds of around 275 kilometres (170 miles) an hour.").ToList();
        Assert.Equal(["km/h", "mph"], converted.Select(f => f.Subject));
        Assert.False(converted[1].Contradicts(One("The tornado had winds estimated at 170 mph.", "wind")));
        // A QA pass saw the conversion quoted as "170 miles) an hour": it is quoted with what it converts.
        Assert.Equal("around 275 kilometres (170 miles) an hour", converted[1].Text);
        var hurricane = Storms.In("Melissa made landfall with sustained winds of 185 mph and gusts of up to 300 km/h.").ToList();
        Assert.Equal(["mph", "gusts km/h"], hurricane.Select(f => f.Subject));
        Assert.Empty(Storms.In("Winds of up to 200 km/h are expected on Friday."));
        // A second blind probe: the Philippine weather bureau's "gustiness of up to 240 km/h" was read as the sustained winds.
        Assert.Equal(["km/h", "gusts km/h"], Storms.In("Hilda packed maximum sustained winds of 195 km/h near the center and gustiness of up to 240 km/h.").Select(f => f.Subject));
    }

    [Fact]
    public void ARatingRaisedFromOrNotYetGivenIsNoRating()
    {
        Assert.Equal(4, One("The tornado was upgraded to EF4 from EF3 after a survey.", "rating").Number.Value);
        Assert.Empty(Storms.In("Officials said the tornado could be an EF5."));
        // Two ratings in one sentence are two tornadoes': neither is the outbreak's.
        Assert.Empty(Storms.In("An EF2 tornado hit Guthrie while an EF4 struck Cedar Bluff."));
    }

    [Fact]
    public void APremiumIsOverTheCloseOrOverAnAverageAndAShareFallIsNone()
    {
        var close = One("Halvorsen will pay $52 a share, a premium of 38 percent over Quillon's closing price on Friday.", "premium");
        var average = One("The group will pay $52 a share, a premium of 45 per cent to Quillon's 30-day volume-weighted average price.", "premium");
        Assert.NotEqual(close.Kind, average.Kind);
        Assert.False(close.Contradicts(average));
        Assert.DoesNotContain(All("Halvorsen shares fell 4.2% after it agreed to buy Quillon."), f => f.Event == "premium");
        Assert.DoesNotContain(All("Shareholders will receive a dividend of 45 cents per share."), f => f.Event == "offer a share");
        // Reuters-21578's takeover stories: a bond's conversion price and an analyst's estimate are no offer; a bid is.
        Assert.Empty(Deals.In("The debentures are convertible into the company's common stock at 54.55 dlrs per share, representing a premium of 25.76 pct."));
        Assert.Empty(Deals.In("McAdoo raised his 1987 estimate to 7.50 dlrs a share from five dlrs and maintained a buy recommendation on the stock."));
        Assert.Equal(27, Assert.Single(Deals.In("Chemlawn has rejected Waste Management's 27 dlrs a share bid.")).Number.Value);
        Assert.False(One("Halvorsen agreed to buy Quillon for $14.2 billion.", "deal value").Contradicts(One("Halvorsen agreed to acquire Quillon in a deal valued at $14.5 billion including debt.", "deal value")));
    }

    [Fact]
    public void SheltersAreNoCountOfTheEvacuatedAndDestroyedIsReadBeforeItsHomes()
    {
        // "16 shelters for evacuees" was read as 16 evacuated, and "destroyed 450 homes and damaged about 1,200 more" as 450 damaged.
        Assert.DoesNotContain(All("Authorities opened 16 shelters for evacuees."), f => f.Event == "evacuated");
        Assert.Empty(Figures.In("Some 1,300 people spent the night in shelters."));
        Assert.Equal(450, One("The storms destroyed 450 homes and damaged about 1,200 more.", "destroyed").Number.Value);
        Assert.DoesNotContain(All("The storms destroyed 450 homes and damaged about 1,200 more."), f => f.Event == "damaged");
    }

    [Fact]
    public void AFirmsClosuresAreToldOnTheirDay()
    {
        // A blind probe: a rival's "close 12 stores" a week later was flagged against the retailer's 45.
        Assert.True(DayCounts.Is(One("The retailer is to close 47 stores.", "closed")));
        Assert.False(DayCounts.Is(One("Twelve beaches were closed to the public.", "closed")));
    }

    [Fact]
    public void ANamedPersonsAgeIsTheirsAlone()
    {
        var ours = Assert.Single(Ages.In("Journalist Ales Barysenka, 53, who spent about five years behind bars, was among them.", [(11, 25, "Ales Barysenka")]));
        var theirs = Assert.Single(Ages.In("Among those freed was Ales Barysenka, 54, a journalist.", [(22, 36, "Ales Barysenka")]));
        Assert.True(ours.Contradicts(theirs));
        var other = Assert.Single(Ages.In("Marina Zolatava (54) was also freed.", [(0, 15, "Marina Zolatava")]));
        Assert.False(ours.Contradicts(other));
        Assert.Equal(58, Assert.Single(Ages.In("said Jose Purizaca, a 58-year-old fisherman.", [(5, 18, "Jose Purizaca")])).Number.Value);
        Assert.Empty(Ages.In("Tokayev, 2022 was a hard year.", [(0, 7, "Tokayev")]));
        Assert.Equal(67, Assert.Single(Ages.In("The 67-year-old journalist Ales Barysenka was freed.", [(27, 41, "Ales Barysenka")])).Number.Value);
        Assert.Empty(Ages.In("A 67-year-old man met Ales Barysenka in the camp.", [(22, 36, "Ales Barysenka")]));
    }
}
