using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a mall shooting's, a shipwreck's and a doctors' strike's coverage, as two blind probes wrote them: the police
/// sent and the minutes they took, the rounds fired, the attacker's age, the children among the dead, the dead or missing of a
/// year, the doctors on strike, the pay offered and demanded, a court's deadline, the strikes of the year and a firm's staff.
/// </summary>
public class ShootingAndStrikeCountsTests
{
    private static List<Figure> All(string sentence) => NamedSentence.Of(sentence, [], Seeds.Gazetteer).ReadFigures(2026);

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("Some 80 police officers were sent to the mall.", "A total of 120 military and civil police officers were mobilised for the operation.", "deployed")]
    [InlineData("Police arrived four minutes after the first emergency call, the secretary told reporters.", "Officers reached Shopping Aurora five minutes after the first call.", "response")]
    [InlineData("Police said the attacker fired 32 rounds from a 9mm pistol.", "He fired 40 shots from a handgun, according to a police report.", "fired")]
    [InlineData("The gunman, 23, had worked as a security guard at the mall.", "The attacker, aged 24, had been arrested in 2022 for illegal gun possession.", "age")]
    [InlineData("Police identified the attacker as a 23-year-old former security guard.", "The shooter, 24, had been arrested in 2022.", "age")]
    [InlineData("Five of the wounded were in critical condition at the university hospital.", "Another 14 people were injured, 4 of whom are in critical condition.", "intensive care")]
    [InlineData("At least 200 people were still missing, and eight children were among the dead.", "Eleven children were among the dead, according to the coroner's office.", "among the dead")]
    [InlineData("The International Organization for Migration says 1,035 migrants have died or gone missing this year.", "The IOM has recorded 870 deaths and disappearances in the Mediterranean this year.", "dead or missing")]
    [InlineData("About 12,000 junior doctors in Kenya began an indefinite strike on Monday.", "Public hospitals were paralysed on Monday as 13,000 resident doctors downed their tools.", "struck")]
    [InlineData("More than 10,000 doctors in training walked off the job across Kenya on Monday.", "Some 8,000 resident doctors stayed off duty on Monday.", "struck")]
    [InlineData("The government has offered a 10% increase, which the union has rejected.", "The doctors want a bigger raise, but the Ministry of Health has offered 12 per cent spread over two years.", "pay offer")]
    [InlineData("The union is demanding a 40% raise.", "The union is sticking to its demand of 35 percent, a pay rise it calls fair.", "pay demand")]
    [InlineData("The court gave both sides seven days to reach a deal.", "On Friday, the court gave the two sides 14 days to resolve the dispute.", "deadline")]
    [InlineData("The labour court's seven-day deadline for a negotiated deal expires on Friday.", "A labor court ordered the two sides to negotiate within 14 days.", "deadline")]
    [InlineData("It is the third strike by doctors this year.", "It is the second walkout by doctors this year, after a two-week strike in March.", "time this year")]
    [InlineData("It was the third attack in Peshawar this year.", "No one claimed responsibility for the attack, the fourth in Peshawar this year.", "time this year")]
    [InlineData("Another 14 people were wounded, five of them critically.", "Another 14 people were injured, 4 of whom are in critical condition.", "intensive care")]
    [InlineData("Lyra, which employs about 2,400 people, had revenue of 3.1 billion crowns last year.", "Lyra has around 3,100 employees, most of them at its factory in central Sweden.", "employs")]
    public void TheCountsOfAnAttackAShipwreckAndAStrikeDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Theory]
    [InlineData("The shooter, 23, had been arrested in 2022 for illegal possession of a firearm.", "arrested")]
    [InlineData("About 12,000 junior doctors began an indefinite strike on Monday to demand a 40% pay rise.", "asked")]
    [InlineData("The association, which has 14,500 members, said 92 percent of resident doctors had joined the strike.", "struck")]
    [InlineData("Shares in Lyra closed 20.2% higher at 101 crowns on their debut.", "closed")]
    [InlineData("It was the second day of the strike this year.", "time this year")]
    [InlineData("The red alert was extended for another three days.", "alert")]
    [InlineData("The last 10 days of March was the second strongest 10-day period we've had this year, an analyst said.", "time this year")]
    [InlineData("ETL is the third group to become involved in a possible acquisition of Monier this year.", "time this year")]
    [InlineData("The average dealer had 17 employees, the association said.", "employs")]
    [InlineData("Most of the 15 who died were critically ill patients on ventilators.", "intensive care")]
    [InlineData("Romney noted the New York-based firm employs 16,000 to 17,000 people worldwide.", "employs")]
    public void AnAgeAShareOrAPriceCountsNoOne(string sentence, string notRead) =>
        Assert.DoesNotContain(All(sentence), f => f.Event == notRead);

    [Fact]
    public void APayFigureIsQuotedWithItsPercent()
    {
        // A QA pass saw "demanding a 15" against "seeking a 12".
        Assert.Equal("demanding a 15%", One("The union is demanding a 15% pay rise.", "pay demand").Text);
        Assert.Equal("offered 10 per cent", One("The government has offered 10 per cent, a pay rise the union rejects.", "pay offer").Text);
    }

    [Fact]
    public void TheHelicoptersOfAListAreTheirOwnNumbers() =>
        Assert.Equal([2.0], All("Three coast guard patrol boats and two helicopters joined the search.").Where(f => f.Subject == "helicopters").Select(f => f.Number.Value));

    [Fact]
    public void TheDeadWithTheAttackerTheDeadOrMissingAndAPlantsStaffAreCountsOfTheirOwn()
    {
        var victims = One("A gunman killed seven people at a shopping centre on Saturday.", "killed");
        Assert.False(One("Including the gunman, eight people died in the attack.", "killed").Contradicts(victims));
        Assert.True(One("The death toll stands at 6, not counting the gunman, the government said.", "killed").Contradicts(victims));
        Assert.False(One("The IOM says 1,035 migrants have died or gone missing this year.", "dead or missing").Kind == One("Rescuers recovered 79 bodies.", "killed").Kind);
        Assert.False(One("The site, which currently employs 1,750 people, is to close.", "employs").Contradicts(One("Vorland employs around 38,000 people worldwide.", "employs")));
        Assert.False(One("It has 73 employees at its Lexington facility.", "employs").Contradicts(One("The company has 900 employees.", "employs")));
        // The times of one kind of event: the third strike and the second attack this year may both be right.
        Assert.False(One("It is the third strike by doctors this year.", "time this year").Contradicts(One("It was the second attack on the city this year.", "time this year")));
    }
}
