using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a landslide's and a mine collapse's coverage, as a fourth blind probe wrote them: the miners, villagers and
/// bodies counted, "two dozen", and background that tells of other years or of every year.
/// </summary>
public class DisasterCountsTests
{
    private static Figure One(string sentence, int? published = 2026) =>
        Assert.Single(Figures.In(sentence)) with { Time = SentenceTime.Of(sentence, published) };

    [Theory]
    [InlineData("Eleven miners were killed after a shaft collapsed.", "Thirteen gold miners were killed when a shaft caved in.")]
    [InlineData("Eleven miners were killed after a shaft collapsed.", "Rescuers said they had retrieved 13 bodies so far.")]
    [InlineData("Two residents were still missing on Sunday.", "Three people were missing after the hillside collapsed.")]
    [InlineData("Twenty-six villagers were injured.", "Thirty-one people were injured.")]
    public void MinersVillagersResidentsAndBodiesArePeopleCounted(string ours, string theirs)
    {
        // The probe found no conflict at all in the mine collapse's four reports: a count of miners had no subject.
        Assert.True(One(ours).Contradicts(One(theirs)));
    }

    [Fact]
    public void BodiesAreCountedOnlyRightAfterTheirNumber()
    {
        Assert.Equal("killed", One("Rescuers recovered 26 bodies from the wreckage.").Event);
        Assert.Empty(Figures.In("The two governing bodies met in Geneva."));
    }

    [Fact]
    public void TheEvacuatedAreCountedAndFamiliesAreNoCountOfPeople()
    {
        var people = One("About 4,800 people from nearby villages were moved to schools and gymnasiums.");
        Assert.Equal(("evacuated", "people"), (people.Event, people.Subject));
        Assert.True(people.Contradicts(One("Around 3,000 people have been moved from their homes to evacuation centres.")));
        Assert.False(people.Contradicts(One("Nearly 5,000 residents were ordered to evacuate.")));
        Assert.Equal(("evacuated", "families"), (One("The floods displaced 1,200 families.").Event, One("The floods displaced 1,200 families.").Subject));
        Assert.False(people.Contradicts(One("More than 1,200 families had been moved to evacuation centres.")));
        // Blind probe 79: those who left or fled their homes before an eruption are its evacuated.
        var left = One("Conred said 4,100 residents of Alotenango, San Miguel Duenas and Escuintla had left their homes.");
        Assert.Equal(("evacuated", "people"), (left.Event, left.Subject));
        Assert.True(left.Contradicts(One("A total of 3,200 people were evacuated from communities near the volcano.")));
    }

    [Theory]
    [InlineData("More than two dozen villagers were injured.", "Thirty-one people were injured.")]
    [InlineData("At least a dozen people were injured.", "Fifteen people were injured.")]
    [InlineData("Two dozen people were injured.", "24 people were injured.")]
    public void DozensAreReadAsANumberAndAFloorAfterMoreThan(string ours, string theirs)
    {
        // "more than two dozen" was read as "more than two", and flagged against 26 and 31.
        Assert.False(One(ours).Contradicts(One(theirs)));
        Assert.True(One("Two dozen people were injured.").Contradicts(One("Thirty people were injured.")));
    }

    [Fact]
    public void ANumberInACompoundAdjectiveIsNoCountAndLeavesTheTollWhole()
    {
        // A fifth probe: "seven-storey" cut the toll from its words, so Punch's 19 dead was never compared.
        var toll = One("The death toll from the collapse of a seven-storey building on Borno Way has risen to 19, officials said.");
        Assert.Equal(("killed", "people", 19.0), (toll.Event, toll.Subject, toll.Number.Value));
        Assert.Empty(Figures.In("A 10-year-old boy was among the injured taken to hospital."));
        // An eighth probe: a toll whose words run long before its number was no count.
        var longToll = One("The death toll from Tuesday's collapse of an illegal mining pit at Akyempim in the Wassa Amenfi East Municipality has risen to 18, officials said.");
        Assert.Equal(("killed", 18.0), (longToll.Event, longToll.Number.Value));
    }

    [Fact]
    public void AnotherMonthAndYearInsideTheSentenceIsBackground()
    {
        var today = One("Seventeen people were killed when a landslide smashed into a village.");
        Assert.False(One("One in the town of Maco in February 2024 left 98 people dead.").Contradicts(today));
        // A fifth probe's background: a month and year after "of", and a year before the event's noun.
        Assert.False(One("It is the deadliest collapse since the tower disaster of November 2021, in which more than 40 people died.").Contradicts(today));
        Assert.False(One("The deadliest in recent years was the 2021 collapse of a tower in Ikoyi, which killed 45 people.").Contradicts(today));
        // A year alone inside a sentence most often dates something else.
        Assert.True(One("The mine, opened in 2009, said 13 miners were killed.").Contradicts(One("Eleven miners were killed.")));
    }

    [Theory]
    [InlineData("Mine accidents kill dozens of people in Zimbabwe every year.")]
    [InlineData("Landslides and floods kill hundreds of people a year in the Philippines.")]
    [InlineData("Davao de Oro is a gold-mining region where landslides are frequent.")]
    [InlineData("About 20 typhoons and storms batter the Philippines each year.")]
    public void WhatHappensEveryYearIsNoFactOfToday(string background)
    {
        var today = SentenceTime.Of("At least 11 miners died after the shaft of a gold mine caved in.", 2025);
        Assert.True(SentenceTime.Of(background, 2025).Differs(today));
        // Two outlets' background may still agree with each other.
        Assert.False(SentenceTime.Of(background, 2025).Differs(SentenceTime.Of("The country is hit by about 20 typhoons each year.", 2025)));
    }

    [Theory]
    [InlineData("The mine reopened a year after the accident.")]
    [InlineData("Officials said the road would be closed for a year.")]
    public void AYearAsADurationIsNoRecurrence(string sentence) =>
        Assert.False(SentenceTime.Of(sentence, 2025).Differs(SentenceTime.Of("At least 11 miners died.", 2025)));

    [Theory]
    [InlineData("The quake came two weeks after a magnitude 4.9 tremor in the eastern province of Kunar killed four people.")]
    [InlineData("Nineteen people died last June in protests against the previous year's finance bill.")]
    [InlineData("A landslide three months ago killed 12 people in the same district.")]
    [InlineData("Earlier this month, floods killed 30 people in the north.")]
    public void ACountOfAnEarlierEventThisYearIsNoRivalToTodays(string background)
    {
        // A ninth blind probe: the tremor of two weeks before ("killed four people") was flagged against the quake's toll in four
        // reports, and last June's protest deaths against today's.
        var today = One("At least 45 people were killed, officials said.");
        Assert.False(One(background).Contradicts(today));
        Assert.True(One("Nineteen people were killed, officials said.").Contradicts(today));
        // "Two days ago" is today's story.
        Assert.False(SentenceTime.Of("The quake two days ago killed 38 people, officials said.", 2026).Earlier);
    }

    [Theory]
    [InlineData("The decision came five days after Vandermeer fined Halcyon Technologies for abusing the dominance of its app store.")]
    [InlineData("It has previously been fined 2.6 billion euros by Brussels in two separate cases.")]
    [InlineData("The company was hit with two previous EU antitrust fines totaling 2.4 billion euros.")]
    public void AnEarlierEventOfAnyTimeIsBackground(string background)
    {
        // A third QA pass: a story of another firm's fine, five days later, was listed as a report of the same event through
        // its line recalling this one, and earlier fines were quoted as outlets' answers to "fine billion".
        Assert.True(SentenceTime.Of(background, 2026).OfAnotherTime);
        Assert.False(SentenceTime.Of("The European Commission fined Halcyon Technologies 1.84 billion euros for abusing its app store.", 2026).OfAnotherTime);
        // A forecast's earlier figure is today's news.
        Assert.False(SentenceTime.Of("It cut its revenue forecast to 4.1 billion euros from 4.5 billion previously.", 2026).OfAnotherTime);
    }

    [Fact]
    public void HomesDamagedAndHomesDestroyedAreTwoCounts()
    {
        // A blind probe's floods: "some 400 homes were damaged" and "612 homes had been damaged or destroyed" disagree.
        var damaged = One("About 2,300 people were moved to shelters, and some 400 homes were damaged, the agency said.".Split(", and ")[1]);
        Assert.Equal(("damaged", "homes"), (damaged.Event, damaged.Subject));
        Assert.True(damaged.Contradicts(One("AFAD said 612 homes had been damaged or destroyed across the province.")));
        Assert.False(damaged.Contradicts(One("Around 400 houses were damaged, the authority said.")));
        var destroyed = One("In Ulus, 120 houses were swept away.");
        Assert.Equal(("destroyed", "homes"), (destroyed.Event, destroyed.Subject));
        Assert.False(damaged.Contradicts(destroyed));
        // A thing damaged that is no home is no count of homes.
        Assert.Null(One("Twelve vehicles were damaged in the flood.").Subject);
    }

    [Fact]
    public void TheRescuersHelicoptersAndDiversASearchTookAreCountsOfTheirOwn()
    {
        // Blind probes 75 and 80: "Nine helicopters" against "eight helicopters", "about 150 firefighters" against 230.
        var nine = Assert.Single(Deployments.In("Nine helicopters and more than 1,100 search and rescue personnel were deployed to the region."), f => f.Subject == "helicopters");
        Assert.True(nine.Contradicts(Assert.Single(Deployments.In("It said eight helicopters were taking part in search and rescue operations."))));
        var mobilised = Assert.Single(Deployments.In("Helicopters rescued 56 people, according to the fire department, which mobilised about 150 firefighters."));
        Assert.True(mobilised.Contradicts(Assert.Single(Deployments.In("Since Tuesday afternoon, 230 firefighters have been working in the area."))));
        Assert.False(mobilised.Contradicts(nine));
        // Troops sent to quell unrest are no rescuers, nor are firefighters counted for nothing they did.
        Assert.Empty(Deployments.In("Russia sent about 3,000 paratroopers to help quell the protests."));
        Assert.Empty(Deployments.In("The city has 400 firefighters, the mayor said of the fire."));
    }

    [Fact]
    public void AKidnappingsCaptivesAreCountedTakenFreedAndStillHeld()
    {
        // Blind probe 84: pupils freed in Katsina (137 against 140), their teachers (four against two), those still held (15
        // against 12) and those taken (152 against 155), where no count was read at all.
        static Figure Freed(string sentence, string whom) => Assert.Single(Releases.In(sentence), f => f.Event == "released" && f.Subject == whom);
        Assert.True(Freed("Gunmen have freed 137 pupils abducted last month from a school in Katsina state.", "children")
            .Contradicts(Freed("Kidnappers in northwestern Nigeria have released 140 students who were abducted from their school.", "children")));
        Assert.True(Freed("The students were freed along with four teachers after 19 days in captivity.", "teachers")
            .Contradicts(Freed("Two teachers were released alongside the children, the kidnappers said.", "teachers")));
        Assert.True(Assert.Single(Releases.In("Gunmen have freed 137 pupils, adding that 15 others remain in captivity."), f => f.Event == "still held")
            .Contradicts(Assert.Single(Releases.In("A total of 140 were freed by the kidnappers and 12 are still being held."), f => f.Event == "still held")));
        var taken = Assert.Single(Figures.In("A total of 152 students were taken when about 30 gunmen attacked the school."), f => f.Event == "abducted");
        Assert.Equal("children", taken.Subject);
        Assert.True(taken.Contradicts(Assert.Single(Figures.In("The pupils were among 155 students abducted by 15 gunmen."), f => f.Event == "abducted")));
    }

    [Fact]
    public void ANumberAfterByCountsWhoDidItNotWhomTheNextEventBefell()
    {
        // A QA pass found "The 155 students abducted by 15 gunmen were freed" read as 15 people rescued.
        var figures = Figures.In("The 155 students abducted by 15 gunmen were freed on Sunday.");
        Assert.DoesNotContain(figures, f => f.Number.Value == 15);
        Assert.Contains(figures, f => f.Number.Value == 155 && f.Event == "abducted");
    }
}
