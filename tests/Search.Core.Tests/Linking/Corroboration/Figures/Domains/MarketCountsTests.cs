using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The counts of a rate decision's and a heatwave's coverage, as a blind probe wrote them: the rate's move and level, the stock
/// index's and the currency's falls, the reserves, the votes for it, the people hospitals treated, the economy's rates (inflation,
/// a deficit's forecast) and a town's temperature.
/// </summary>
public class MarketCountsTests
{
    private static List<Figure> All(string sentence) =>
        [.. Figures.In(sentence).Where(f => f.Event != "rescued"), .. SharePrices.In(sentence), .. Reserves.In(sentence), .. PolicyRates.In(sentence), .. Indicators.In(sentence),
            .. Temperatures.In(sentence), .. Releases.In(sentence), .. Recalls.In(sentence)];

    private static Figure One(string sentence, string kind, string subject) => Assert.Single(All(sentence), f => f.Event == kind && f.Subject == subject);

    private static Figure One(string sentence, string kind) => All(sentence).First(f => f.Event == kind);

    [Theory]
    [InlineData("The BUX index fell by more than 4 per cent.", "Budapest's main stock index, the BUX, fell 2.8 percent.", "fell")]
    [InlineData("The forint slumped 3.2% to a record low of 452.80 per dollar.", "The forint ended at a record low of 455.10 per dollar, down 3.6 percent on the day.", "fell")]
    [InlineData("The bank, which has $48.6 billion in foreign currency reserves, last raised rates in March.", "The central bank holds 46 billion dollars in foreign currency reserves.", "reserves")]
    [InlineData("Seven of the nine members of the Monetary Council voted for the increase.", "Six members of the bank's Monetary Council voted for the increase.", "voted")]
    [InlineData("Hospitals have treated 1,870 people for heat-related illnesses.", "More than 1,200 people have been treated in hospital since Sunday.", "hospitalized")]
    [InlineData("The central bank raised its base rate by 150 basis points to 8 percent.", "Hungary's central bank increased its key rate by 175 basis points.", "rate moved")]
    [InlineData("Annual inflation stood at 7.9 per cent in September, far above the central bank's 3 per cent target.", "Inflation in Hungary rose to 7.4 percent in September.", "inflation")]
    [InlineData("The finance ministry raised its 2026 budget deficit forecast to 5.9% of GDP from 4.5%.", "The cabinet lifted its 2026 deficit forecast to 6.1 per cent of GDP.", "deficit forecast")]
    [InlineData("Schools were closed in seven regions, while in Marrakech the thermometer hit 48.1C.", "In Marrakech, a magnet for foreign tourists, the mercury reached 47.3 C (117.1 F) on Wednesday.", "temperature")]
    [InlineData("France's seasonally adjusted unemployment rate rose to a record 11.1 pct of the workforce.", "The jobless rate stood at 10.8 percent.", "unemployment")]
    [InlineData("Peru's economy grew 3.2% last year, driven by mining.", "The economy expanded by 2.9 percent last year.", "growth")]
    [InlineData("Kaneshiro's stock fell 3.2 percent in Tokyo trading on Tuesday.", "Its shares ended 2.8 percent lower on the Tokyo Stock Exchange.", "fell")]
    [InlineData("The recall covers 196,000 sedans and SUVs from the 2022 through 2024 model years in the United States.", "Kaneshiro is recalling 169,000 vehicles in the U.S.", "recalled")]
    [InlineData("Belarus freed nine prisoners, including three journalists, in exchange for four people held in Lithuania.", "Belarus on Tuesday freed eight prisoners in a swap.", "released")]
    [InlineData("The central bank raised its base rate by 150 basis points to 8 percent.", "The bank lifted its key rate to 8.25 percent.", "rate set")]
    public void TheCountsOfARateDecisionAndAHeatwaveDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void BasisPointsAndPercentagePointsAreOneMeasure() =>
        Assert.False(One("The bank raised its base rate by 150 basis points.", "rate moved")
            .Contradicts(One("The bank raised its key interest rate by 1.5 percentage points.", "rate moved")));

    [Fact]
    public void ARateHeldIsNoRivalToARateMovedNorAnIndexToACurrency()
    {
        // A blind probe: Poland's rate "kept unchanged at 4 percent" was flagged against Hungary's raised "to 8 percent".
        Assert.Equal("rate held", Assert.Single(PolicyRates.In("Poland's central bank kept its main interest rate unchanged at 4 percent.")).Event);
        Assert.NotEqual(One("The BUX index fell 2.8 percent.", "fell").Kind, One("The forint fell 3.2 percent.", "fell").Kind);
        Assert.Empty(Reserves.In("The bank has 48.6 billion dollars in loans to firms."));
    }

    [Fact]
    public void ARateIsReadAtItsLevelAndNotAsItsTargetItsChangeOrAnotherSeries()
    {
        // The level is read once: not the bank's target beside it, nor the rate it came from (unless as its own month's, below).
        Assert.Equal(7.4, Assert.Single(Indicators.In("Annual inflation accelerated to 7.4% in September, well above the bank's 3% target.")).Number.Value);
        Assert.Equal(18.2, Indicators.In("Annual inflation slowed to 18.2% in February from 19.4% in January.").First().Number.Value);
        Assert.Empty(Indicators.In("Inflation rose 0.4 pct in February on a revised basis."));
        // Another series than the headline rate is a count of its own: food inflation is a rival to food inflation alone.
        var core = Assert.Single(Indicators.In("Core inflation eased to 5.1 percent in September."));
        Assert.Equal("core inflation", core.Event);
        Assert.False(core.Contradicts(One("Inflation stood at 7.9 percent in September.", "inflation")));
        Assert.True(One("Month-on-month inflation was 1.3 percent, while food inflation rose to 12.9 percent.", "food inflation")
            .Contradicts(One("Food inflation climbed to 12.6% from 11.8% a month earlier.", "food inflation")));
        // The month before, as a "from" gives it, and "inched up to", which is no ceiling.
        var slowed = Indicators.In("Annual inflation slowed to 18.2% in February from 19.4% in January.").ToList();
        Assert.Equal(["percent in february", "percent in january"], slowed.Select(f => f.Subject));
        Assert.True(Indicators.In("Inflation in Ghana rose to 9.4 percent in March, up from 8.7 percent the previous month.").Last()
            .Contradicts(Indicators.In("Headline inflation for March inched up to 9.4 percent from 8.9 percent in February.").Last()));
        Assert.Single(Indicators.In("Inflation rose to 9.4 percent in March from 8.9 percent a year earlier."));
        // The last quarter of a year is its fourth.
        Assert.True(One("The jobless rate stood at 13.6 percent in the last quarter of 2025.", "unemployment")
            .Contradicts(One("The jobless rate eased to 13.2% in the fourth quarter of 2025.", "unemployment")));
        Assert.Empty(Indicators.In("The bank said inflation remained within its target range of 1% to 3%."));
        Assert.Empty(Indicators.In("He said it was possible to reduce inflation to five pct this year from the current rate of 6.3 pct."));
        Assert.Empty(Indicators.In("The trade deficit widened by 33 pct to a record 73.97 billion dlrs."));
        // A forecast is no rival to the figure, nor one month's rate to another's.
        Assert.False(One("Inflation stood at 7.9 percent in September.", "inflation").Contradicts(One("Inflation stood at 7.4 percent in August.", "inflation")));
        Assert.Equal("inflation forecast", Assert.Single(Indicators.In("The bank expects inflation to reach 6 percent by December.")).Event);
        Assert.Equal("percent", Assert.Single(Indicators.In("Belgium's GDP growth may slow down to 1.5 pct this year.")).Subject);
        Assert.Equal("inflation", Assert.Single(Indicators.In("Inflation in May rose to 7.2 percent, the statistics office said.")).Event);
    }

    [Fact]
    public void ATemperatureIsATownsReadingOfToday()
    {
        // Two towns' readings are two counts, and a town is needed to read one at all.
        Assert.False(One("The town of Taroudant, east of Agadir, recorded 50.9C on Wednesday.", "temperature")
            .Contradicts(One("In Marrakech the mercury reached 47.3 C on Wednesday.", "temperature")));
        Assert.Equal("°C in Taroudant", One("The town of Taroudant, east of Agadir, recorded 50.9C on Wednesday.", "temperature").Subject);
        Assert.Empty(Temperatures.In("Temperatures reached 43 degrees Celsius (109 Fahrenheit) in parts of central Greece."));
        // The record it broke, a forecast and a conversion are no readings.
        Assert.Equal(50.9, Assert.Single(Temperatures.In("Officials confirmed that Taroudant reached 50.9 degrees Celsius, breaking the national record of 50.4 degrees Celsius.")).Number.Value);
        Assert.Empty(Temperatures.In("Forecasters said Marrakech could hit 49C on Friday."));
        Assert.Equal(47.3, Assert.Single(Temperatures.In("In Marrakech the mercury reached 47.3 C (117.1 F).")).Number.Value);
    }

    [Fact]
    public void EachSideOfASwapAndEachRecallsScopeIsACountOfItsOwn()
    {
        string swap = "Belarus freed nine prisoners, including three journalists, in exchange for four people held in Lithuania.";
        Assert.Equal([9.0, 4.0], All(swap).Where(f => f.Subject == "captives").Select(f => f.Number.Value));
        Assert.False(One(swap, "released", "journalists").Contradicts(One("Belarus freed eight prisoners, among them three journalists.", "released", "journalists")));
        Assert.Equal(5, One("Lithuania handed over five people in return, all convicted of spying.", "released", "captives").Number.High);
        // Any count after "handed over" reads "over" as the verb's, and quotes without it: a QA pass saw "over five people in
        // return, all convicted" as the convicted's quote.
        var convicted = One("Lithuania handed over five people in return, all convicted of spying.", "convicted");
        Assert.Equal(5, convicted.Number.High);
        Assert.StartsWith("five people", convicted.Text);
        Assert.Equal("journalists", Assert.Single(Releases.In("Two journalists were among those freed by Belarus.")).Subject);
        // A rescue is no release, and the world's recall is no rival to one country's, nor to a count that says neither.
        Assert.Empty(Releases.In("Rescuers freed 12 people trapped in the rubble of the building."));
        var world = One("Kaneshiro Motor is recalling 412,000 vehicles around the world.", "recalled");
        Assert.False(world.Contradicts(One("The recall covers 196,000 sedans in the United States.", "recalled")));
        Assert.False(world.Contradicts(One("The maker is recalling 380,000 cars.", "recalled")));
        Assert.True(world.Contradicts(One("The carmaker is recalling 380,000 cars worldwide.", "recalled")));
    }
}
