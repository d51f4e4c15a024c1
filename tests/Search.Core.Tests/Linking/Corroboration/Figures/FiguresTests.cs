using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

public class FiguresTests
{
    [Theory]
    [InlineData("Sixty-two people are in intensive care, the ministry said.")]
    [InlineData("Fifteen of the injured were said to be in critical condition.")]
    public void WhatACountOfPeopleInIntensiveCareCountsReadsAsAPhrase(string sentence)
    {
        // The flag read "people intensive care: 62 here, 60 in …" (a QA session).
        Assert.Equal("people in intensive care or critical condition", Assert.Single(Figures.In(sentence), f => f.Event == "intensive care").Counted);
    }

    [Theory]
    [InlineData("Thirteen members of the security forces were killed.", 13)]
    [InlineData("At least 13 police officers were killed.", 13)]
    [InlineData("More than 1,000 people were injured.", 1000)]
    [InlineData("more than a thousand injured", 1000)]
    [InlineData("about 2.5 million people", 2_500_000)]
    [InlineData("Thirty-four people were killed.", 34)]
    [InlineData("twenty one people were hurt", 21)]
    [InlineData("a hundred and twenty people were rescued", 120)]
    [InlineData("two hundred and fifty-six passengers", 256)]
    public void ReadsNumbersInDigitsAndWords(string text, double value) =>
        Assert.Equal(value, Assert.Single(NumberMentions.In(text)).Value);

    [Fact]
    public void ACompoundNumberIsQuotedWhole()
    {
        // It was read as "four", and the page quoted "four people were killed", which the article does not say.
        var figure = Assert.Single(Figures.In("Thirty-four people were killed when the ferry capsized."));
        Assert.Equal((34.0, "Thirty-four people were killed"), (figure.Number.Value, figure.Text));
    }

    [Fact]
    public void RescuesTheMissingAndVictimsAreCounted()
    {
        Assert.Equal(("rescued", "people"), Pair(Assert.Single(Figures.In("A total of 120 people were rescued by nightfall."))));
        Assert.Equal(("missing", "people"), Pair(Assert.Single(Figures.In("The search continued for 25 people still missing."))));
        Assert.Equal(("killed", "people"), Pair(Assert.Single(Figures.In("So far 37 victims have died, the agency said."))));
        // Workers are the people an industrial accident counts (a third probe: "nine workers were killed" was no count's subject).
        Assert.True(Figures.In("Nine workers were killed in the blast.")[0].Contradicts(Figures.In("Fourteen people were killed in the blast.")[0]));
        // "eight of the injured" is part of the injured, not a count of them.
        Assert.Empty(Figures.In("Doctors said eight of the injured were in a serious state."));
        // A probe re-checking the fix found these three rescue counts still read as none.
        Assert.Equal(("rescued", "people"), Pair(Assert.Single(Figures.In("So far 126 survivors have been evacuated."))));
        Assert.Equal(("rescued", "people"), Pair(Assert.Single(Figures.In("Rescuers saved 118 people, many clinging to debris."))));
        Assert.Equal(("rescued", "people"), Pair(Assert.Single(Figures.In("Rescuers had pulled 120 people from the water alive by noon."))));
        Assert.True(Figures.In("So far 37 victims have died.")[0].Contradicts(Figures.In("Thirty-four people were killed.")[0]));

        static (string, string?) Pair(Figure f) => (f.Event, f.Subject);
    }

    [Theory]
    [InlineData("The death toll rose to seventeen on Friday, the ministry said.", 17)]
    [InlineData("Officials put the death toll at 22.", 22)]
    [InlineData("The number of people confirmed dead has risen to 43, officials said.", 43)]
    [InlineData("The number of people confirmed dead after a ferry sank off the Indonesian island of Lombok has risen to 43.", 43)]
    [InlineData("The number of people killed when the train left the tracks has risen to 24.", 24)]
    public void ATollIsACountOfTheDead(string sentence, double dead)
    {
        var figure = Assert.Single(Figures.In(sentence));
        Assert.Equal(("killed", "people", dead), (figure.Event, figure.Subject!, figure.Number.Value));
    }

    [Fact]
    public void TwoRoundFloorsAgree()
    {
        var sixty = Assert.Single(Figures.In("More than 60 people were injured."));
        Assert.False(sixty.Contradicts(Assert.Single(Figures.In("More than 100 people were injured."))));
        Assert.False(sixty.Contradicts(Assert.Single(Figures.In("A total of 74 people were injured."))));
        Assert.True(sixty.Contradicts(Assert.Single(Figures.In("A total of 41 people were injured."))));
        // A third probe: "more than 30 people were injured" was flagged against 46 and 53.
        Assert.False(Assert.Single(Figures.In("More than 30 people were injured.")).Contradicts(Assert.Single(Figures.In("Another 46 people were injured."))));
    }

    [Fact]
    public void ARoundFloorAgreesWithALargerCountAndAPreciseOneDoesNot()
    {
        var rescued = Assert.Single(Figures.In("A total of 120 people were rescued."));
        Assert.False(Assert.Single(Figures.In("More than 100 people survived the sinking.")).Contradicts(rescued));
        var fifteen = Assert.Single(Figures.In("Fifteen police officers were killed."));
        Assert.True(Assert.Single(Figures.In("At least 13 police officers were killed.")).Contradicts(fifteen));
    }

    [Fact]
    public void AFloorIsReadToTheNextCountItsDigitsCouldState()
    {
        // "more than 170" was rounded to the ten, so 175 may be its count; "more than 410,000" to the ten thousand. A blind probe's
        // labeller held "more than 170" and 175 to agree, and another's "more than 410,000" and 412,000 vehicles.
        var passengers = Assert.Single(Figures.In("The ferry was carrying 175 passengers."));
        Assert.False(Assert.Single(Figures.In("The ferry was carrying more than 170 passengers.")).Contradicts(passengers));
        Assert.True(Assert.Single(Figures.In("The ferry was carrying more than 170 passengers.")).Contradicts(Assert.Single(Figures.In("The ferry was carrying 182 passengers."))));
        Assert.Equal((410_000, 420_000), (NumberMentions.In("more than 410,000")[0].Low, NumberMentions.In("more than 410,000")[0].High));
        Assert.True(Assert.Single(Figures.In("At least 27 people were killed.")).Contradicts(Assert.Single(Figures.In("29 people were killed."))));
    }

    [Fact]
    public void DaysAndYearsAreNotCounts()
    {
        Assert.Empty(NumberMentions.In("The state of emergency lasts until 19 January 2022."));
        Assert.Equal(["01-19"], NumberMentions.DaysIn("until January 19"));
        Assert.Equal(NumberMentions.DaysIn("until 19 January"), NumberMentions.DaysIn("until January 19th"));
    }

    [Fact]
    public void ThirteenAgainstAtLeastEightIsAConflictButNotAgainstAtLeastThirteen()
    {
        var thirteen = Assert.Single(Figures.In("Thirteen members of the Kazakh security forces have been killed in Almaty."));
        var eight = Assert.Single(Figures.In("At least eight members of the security forces have been killed in the clashes."));
        var atLeast13 = Assert.Single(Figures.In("At least 13 law enforcement officials were killed in Almaty."));
        Assert.Equal(("killed", "security forces"), (thirteen.Event, thirteen.Subject));
        Assert.True(thirteen.Contradicts(eight));
        Assert.False(thirteen.Contradicts(atLeast13));
    }

    [Fact]
    public void ALaterNumberCountsTheSameSubjectAndDifferentCountsNeverConflict()
    {
        var figures = Figures.In("The state news channel said 13 police were killed and another 353 wounded in the clashes.");
        Assert.Equal([("killed", "security forces", 13.0), ("injured", "security forces", 353.0)], figures.Select(f => (f.Event, f.Subject!, f.Number.Value)));
        var injuredPeople = Assert.Single(Figures.In("More than 1,000 people in different regions were injured."));
        Assert.False(figures[1].Contradicts(injuredPeople)); // security forces wounded against people injured: two counts
        Assert.False(figures[0].Contradicts(figures[1]));     // killed against wounded: two counts
    }

    [Fact]
    public void VagueAmountsAreRangesAndAPartOfAGroupIsNotTheCount()
    {
        var hundreds = Assert.Single(Figures.In("Hundreds of protesters were injured."));
        Assert.True(hundreds.Number.Vague);
        Assert.True(hundreds.Contradicts(Assert.Single(Figures.In("More than 1,000 protesters were injured."))));
        Assert.False(hundreds.Contradicts(Assert.Single(Figures.In("About 300 protesters were injured."))));
        Assert.Empty(Figures.In("Groups of five to six people, some of whom were injured, gathered."));
    }

    [Fact]
    public void AnAgentAfterTheEventIsNotWhatWasCounted()
    {
        var dozens = Assert.Single(Figures.In("Dozens of protesters were killed by security forces."));
        Assert.Equal("protesters", dozens.Subject);
    }

    [Fact]
    public void AVerbBeforeItsCountIsReadInTheActiveVoice()
    {
        var dozens = Assert.Single(Figures.In("A police spokesman said authorities killed dozens of people when they tried to raid buildings."));
        Assert.Equal(("killed", "people", "killed dozens of people"), (dozens.Event, dozens.Subject, dozens.Text));
        Assert.True(dozens.Number.Vague);
        // Each count takes the verb before it, not the event word after it that belongs to the next count.
        var two = Figures.In("The blast killed 13 and injured more than 350 residents.");
        Assert.Equal([("killed", 13.0), ("injured", 350.0)], two.Select(f => (f.Event, f.Number.Value)));
        Assert.Equal("people", two[1].Subject);
        // Arrested in either voice is one count, so the two agree and do not conflict.
        var active = Assert.Single(Figures.In("Police arrested more than 2,000 protesters overnight."));
        var passive = Assert.Single(Figures.In("More than 2,000 protesters were arrested overnight."));
        Assert.Equal(("arrested", "protesters"), (active.Event, active.Subject));
        Assert.False(active.Contradicts(passive));
        Assert.True(active.Number.Agrees(passive.Number));
        // A comma ends the verb's reach: "two killed, 13 injured" counts 13 injured.
        Assert.Equal([("killed", 2.0), ("injured", 13.0)], Figures.In("Two killed, 13 injured in the blast.").Select(f => (f.Event, f.Number.Value)));
    }
}
