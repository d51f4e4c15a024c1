using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void SplitsAtSentenceEndsFollowedByACapital()
    {
        Assert.Equal(["Troops arrived.", "Shots were heard!", "Why?"], Sentences("Troops arrived. Shots were heard! Why?"));
    }

    [Fact]
    public void KeepsClosingQuotesWithTheirSentence()
    {
        Assert.Equal(["He said “stop.”", "Then left."], Sentences("He said “stop.” Then left."));
    }

    [Fact]
    public void DoesNotSplitAfterAbbreviationsOrInitials()
    {
        Assert.Single(Sentences("Mr. Smith met U.S. officials and John F. Kennedy Jr. in Washington."));
    }

    [Fact]
    public void DoesNotSplitBeforeALowerCaseWord()
    {
        Assert.Single(Sentences("the deadline is 5 p.m. today and no. it is not."));
    }

    [Theory]
    [InlineData("F.W. WOOLWORTH CO <Z> HIKES DIVIDEND")]
    [InlineData("B.F. GOODRICH CO <GR> SETS QUARTERLY")]
    [InlineData("Shares of J.P. Morgan and Co rose.")]
    public void InitialsNeverEndASentence(string text)
    {
        // Issue 13: the headline became the title "F.W".
        Assert.Single(Sentences(text));
    }
}
