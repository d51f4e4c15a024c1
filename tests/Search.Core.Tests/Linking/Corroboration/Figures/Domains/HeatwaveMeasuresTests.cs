using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// The measures a heatwave's coverage counts, as a blind probe wrote them: the regions where schools closed, the cities that
/// ration water, the days of a red alert and the people treated in hospitals; and the areas under a curfew.
/// </summary>
public class HeatwaveMeasuresTests
{
    private static List<Figure> All(string sentence) => [.. Figures.In(sentence), .. AreaMeasures.In(sentence), .. Durations.In(sentence)];

    private static Figure One(string sentence, string kind) => Assert.Single(All(sentence), f => f.Event == kind);

    [Theory]
    [InlineData("Schools were closed in seven regions, while in Marrakech the thermometer hit 48.1C.", "The Education Ministry closed schools in six of the country's 12 regions and postponed exams.", "schools closed")]
    [InlineData("Classes remain suspended in six regions, and exams have been pushed back to June.", "Schools were closed in seven regions on Tuesday.", "schools closed")]
    [InlineData("Water is being rationed in a dozen cities, with reservoirs depleted after seven years of drought.", "Fourteen cities have introduced water rationing.", "rationing")]
    [InlineData("Authorities have imposed water rationing in 14 cities, including Marrakech.", "Water is being rationed in a dozen cities.", "rationing")]
    [InlineData("A curfew was imposed in three districts of the city on Friday.", "The army enforced a curfew in five districts.", "curfew")]
    [InlineData("Morocco's weather service issued a four-day red alert, its highest warning level, for much of the country.", "The weather office placed much of the country on red alert, the highest level, for the next five days.", "alert")]
    [InlineData("The meteorological directorate extended its red alert, the highest level, to seven days.", "The DGM issued a red alert, the highest level on its four-tier scale, for five days.", "alert")]
    [InlineData("Hospitals have treated 1,870 people for heat-related illnesses since the start of the heatwave.", "More than 1,200 people have been treated in hospitals for heatstroke since Sunday.", "hospitalized")]
    public void TheMeasuresOfAHeatwaveDisagree(string ours, string theirs, string kind)
    {
        Assert.True(One(ours, kind).Contradicts(One(theirs, kind)));
        Assert.False(One(ours, kind).Contradicts(One(ours, kind)));
    }

    [Fact]
    public void TheCountOfAllTheRegionsThereAreIsNoneClosed()
    {
        var closed = One("The Education Ministry closed schools in six of the country's 12 regions.", "schools closed");
        Assert.Equal(6, closed.Number.Value);
        Assert.Equal("regions where schools are closed", closed.Counted);
    }

    [Fact]
    public void EachCountIsOfTheMeasureNamedBeforeIt()
    {
        var counts = AreaMeasures.In("Schools were closed in seven regions and a curfew imposed in two districts.").ToList();
        Assert.Equal([("schools closed", 7.0), ("curfew", 2.0)], counts.Select(f => (f.Event, f.Number.Value)));
        // Named after it when none comes before: "Fourteen cities have introduced water rationing".
        Assert.Equal("rationing", Assert.Single(AreaMeasures.In("Fourteen cities have introduced water rationing.")).Event);
    }

    [Fact]
    public void RegionsAndCitiesAreCountsOfTheirOwn() =>
        Assert.False(One("Schools were closed in seven regions.", "schools closed").Contradicts(One("Schools were closed in 40 cities.", "schools closed")));

    [Theory]
    [InlineData("The government is considering closing schools in 14 provinces.")]
    [InlineData("Authorities extended the red alert for another three days.")]
    [InlineData("The red alert was lifted three days later.")]
    public void AMeasureThatMayYetBeTakenOrTheDaysAddedCountNothing(string sentence) =>
        Assert.DoesNotContain(All(sentence), f => f.Event is "schools closed" or "alert");
}
