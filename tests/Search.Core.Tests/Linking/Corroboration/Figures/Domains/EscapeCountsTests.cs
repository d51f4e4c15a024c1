using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A jailbreak's counts, as an eighth blind probe's reports wrote them: the inmates who got out, those caught again, those
/// still free, and the guards hurt. None was read, so its listed pairs of differing counts raised no flag.
/// </summary>
public class EscapeCountsTests
{
    private static Figure One(string sentence) => Assert.Single(Figures.In(sentence));

    private static Figure Counted(string sentence, string what) => Assert.Single(Figures.In(sentence), f => f.Event == what);

    [Fact]
    public void ThoseWhoGotOutAndThoseCaughtAgainAreTwoCounts()
    {
        var figures = Figures.In("Thirty-eight inmates escaped from the jail late on Friday, and 15 of them had been recaptured by Saturday, officials said.");
        Assert.Equal([(38.0, "escaped", "inmates"), (15.0, "recaptured", "inmates")], figures.Select(f => (f.Number.Value, f.Event, f.Subject)));
    }

    [Fact]
    public void APartOfTheWholeWhoEscapedIsCountedForTheVerbAfterTheirClause()
    {
        // "escaped" tells which inmates are meant; "have been recaptured" is what the 26 are counted for.
        var figures = Figures.In("Twenty-six of the 38 inmates who escaped from the jail on Friday night have been recaptured, the prisons service said.");
        Assert.Equal([(26.0, "recaptured", "inmates"), (38.0, "escaped", "inmates")], figures.Select(f => (f.Number.Value, f.Event, f.Subject)));
        // So it agrees with a report of the 38 who got out, and disagrees with another count of those caught.
        Assert.False(figures[1].Contradicts(One("Thirty-eight inmates escaped from the jail late on Friday.")));
        Assert.True(figures[0].Contradicts(Counted("Thirty-eight inmates escaped on Friday, and 15 of them had been recaptured by Saturday.", "recaptured")));
        // A relative clause with no verb after it is the count's own: "the 13 officers who were killed".
        Assert.Equal("killed", One("Police named the 13 officers who were killed in the clashes.").Event);
        // A clause after the event word is no clause of the count's: "22 were hurt in a fire that broke out in the intensive care
        // area" counts the hurt.
        Assert.Equal("injured", One("Some 22 were hurt in a fire that broke out on Thursday in the intensive care area.").Event);
    }

    [Theory]
    [InlineData("\"Fifteen have been recaptured so far,\" the spokesman said.", "Twenty-six of the 38 inmates who escaped have been recaptured.")]
    [InlineData("At least 10 had been caught by Saturday morning, police said.", "Twenty-six of the 38 inmates who escaped have been recaptured.")]
    [InlineData("Police and soldiers set up roadblocks, and 23 escapees remained at large.", "The spokesman said 12 escapees were still at large.")]
    [InlineData("Police have rearrested 15 of the inmates.", "Twenty-six of the 38 inmates who escaped have been recaptured.")]
    public void RecapturedAndAtLargeCountsThatDifferDisagree(string ours, string theirs)
    {
        var figure = One(ours);
        Assert.True(figure.Contradicts(Counted(theirs, figure.Event)));
    }

    [Fact]
    public void GuardsHurtAreCountedAsTheSecurityForces()
    {
        var two = Counted("One prison warder was killed and two others were wounded during the breakout.", "injured");
        var three = Counted("One warder died from injuries sustained during the escape, while three others were injured.", "injured");
        Assert.Equal("security forces", two.Subject);
        Assert.True(two.Contradicts(three));
        Assert.False(Counted("One prison warder was killed and two others were wounded.", "killed")
            .Contradicts(Counted("One officer died of head injuries at the gate.", "killed")));
    }

    [Theory]
    [InlineData("More than 30 inmates escaped from a high-security prison.", "A total of 38 inmates fled the prison late on Friday.")]
    [InlineData("Dozens of prisoners broke out of the jail overnight.", "A total of 38 inmates fled the prison late on Friday.")]
    public void TheSameEscapeInOtherWordsAgrees(string ours, string theirs) =>
        Assert.False(One(ours).Contradicts(One(theirs)));

    [Theory]
    [InlineData("Twelve people were caught in the blaze on the third floor.")]
    [InlineData("The fire caught 30 homes before it was put out.")]
    public void CaughtInAFireIsNoRecapture(string sentence) =>
        Assert.DoesNotContain(Figures.In(sentence), f => f.Event == "recaptured");
}
