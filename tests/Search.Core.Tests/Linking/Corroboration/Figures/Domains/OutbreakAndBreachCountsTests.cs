using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of an outbreak's and a data breach's coverage, as a blind probe wrote them: cases suspected and confirmed, the
/// vaccinated, a fatality rate, the customers and records taken, the days a breach went unnoticed, and a share price's fall.
/// </summary>
public class OutbreakAndBreachCountsTests
{
    private static List<Figure> All(string sentence) =>
        [.. Figures.In(sentence), .. Durations.In(sentence), .. DataBreaches.In(sentence), .. SharePrices.In(sentence), .. Reach.In(sentence)];

    // A count of what it names: "shares closed 6.8 percent lower" is also read as something closed, of no one.
    private static Figure One(string sentence) => Assert.Single(All(sentence), f => f.Subject != null || f.Event is "killed" or "cases" or "vaccinated");

    [Theory]
    [InlineData("The ministry said 1,284 suspected cases had been recorded.", "The ministry said 1,317 suspected cases had been recorded.")]
    [InlineData("Of the cases, 312 were confirmed cases, the ministry said.", "Laboratory tests have confirmed 340 of the cases.")]
    [InlineData("About 148,000 people have been vaccinated so far.", "Health workers have vaccinated 162,000 people since Saturday.")]
    [InlineData("The case fatality rate stood at 1.8 percent.", "The outbreak has a case fatality rate of 1.9%.")]
    [InlineData("Kestrel shares fell 6.2% in morning trade.", "Kestrel shares tumbled 7.4% on the exchange.")]
    [InlineData("Kestrel's share price fell 6.2 percent by midday.", "Kestrel shares closed 6.8 percent lower on Wednesday.")]
    [InlineData("Hackers had stolen the personal data of 2.4 million customers.", "Hackers stole the personal information of 2.8 million customers.")]
    [InlineData("The attackers accessed 7.3 million records, the company said.", "The hackers took more than 11 million records in the breach.")]
    [InlineData("The breach went unnoticed for 47 days.", "The intrusion went undetected for 51 days.")]
    [InlineData("The group demanded a $2.5 million ransom.", "The group is demanding $3 million.")]
    [InlineData("The outbreak has reached a dozen districts, the ministry said.", "The disease has now been recorded in 13 districts.")]
    [InlineData("Cases had been recorded across 11 districts.", "The disease has spread to 12 districts.")]
    public void TheCountsOfAnOutbreakAndABreachDisagree(string ours, string theirs)
    {
        Assert.True(One(ours).Contradicts(One(theirs)));
        Assert.False(One(ours).Contradicts(One(ours)));
    }

    [Fact]
    public void SuspectedAndConfirmedCasesAreTwoCounts()
    {
        Assert.False(One("The ministry said 1,284 suspected cases had been recorded.").Contradicts(One("Of the cases, 312 were confirmed cases, the ministry said.")));
        // "suspected" names the cases only: "two suspected attackers were arrested" counts attackers.
        Assert.Equal("protesters", One("Two suspected attackers were arrested.").Subject);
        // "infected more than 33,000 people and killed 140" counts the infected, then the dead; it read 33,000 killed.
        Assert.Equal([("cases", 33000.0), ("killed", 140.0)], All("In 2023, an epidemic infected more than 33,000 people and killed 140.").Select(f => (f.Event, f.Number.Value)));
        Assert.Equal("killed", One("The outbreak has claimed 31 lives, health authorities said.").Event);
    }

    [Theory]
    [InlineData("The group posted a sample of 10,000 customer records online to prove it had the data.")]
    [InlineData("Passport and driver's licence numbers belonging to 148,000 customers were also taken.")]
    [InlineData("Kestrel Telecom has 6.1 million mobile customers, it said in its results.")]
    public void APartOfTheDataOrACountOfNoBreachIsNoCountOfIt(string sentence)
    {
        Assert.DoesNotContain(All(sentence), f => f.Event == "exposed");
    }

    [Fact]
    public void DistrictsCountOnlyAsWhatAnEventReached() =>
        Assert.Empty(Reach.In("Vaccination began on Saturday in two districts of the province."));

    [Fact]
    public void AFallAndARiseAreTwoCounts()
    {
        var fall = One("Kestrel shares fell 6.2% in morning trade.");
        Assert.Equal(("fell", "fall in the share price (%)"), (fall.Event, fall.Counted));
        Assert.False(fall.Contradicts(One("Kestrel shares rose 3.1% after the results.")));
    }
}
