using Search.Core.Linking.Passages;

namespace Search.Core.Tests.Linking.Passages;

public class PassageAnchorTests
{
    [Fact]
    public void AnAnchorFollowsTheWordsNotTheSpacingCaseOrPunctuation()
    {
        string anchor = PassageAnchor.Of("Thirteen police officers were killed.", PassageAnchor.ParagraphPrefix);
        Assert.Equal(anchor, PassageAnchor.Of("  thirteen police officers  were killed ", PassageAnchor.ParagraphPrefix));
        Assert.NotEqual(anchor, PassageAnchor.Of("Fourteen police officers were killed.", PassageAnchor.ParagraphPrefix));
        Assert.Matches("^p-[0-9a-f]{8}$", anchor);
        Assert.True(PassageAnchor.IsWellFormed(anchor));
    }

    [Fact]
    public void AParagraphAddedAboveLeavesTheOtherAnchorsAlone()
    {
        var before = ArticlePassages.Of("First paragraph.\n\nSecond one. It has two sentences.");
        var after = ArticlePassages.Of("A new lead.\n\nFirst paragraph.\n\nSecond one. It has two sentences.");
        Assert.Equal(before.Select(p => p.Anchor), after.Skip(1).Select(p => p.Anchor));
        Assert.Equal(before[1].Sentences.Select(s => s.Anchor), after[2].Sentences.Select(s => s.Anchor));
        Assert.Equal(3, after[2].Number); // the number shifts; the anchor does not
    }

    [Fact]
    public void ARepeatedParagraphGetsADistinctAnchor()
    {
        var passages = ArticlePassages.Of("Photo: AP\n\nText.\n\nPhoto: AP");
        Assert.Equal(passages[0].Anchor + "-2", passages[2].Anchor);
        Assert.Equal(3, passages.Select(p => p.Anchor).Distinct().Count());
    }

    [Theory]
    [InlineData("p-0a1b2c3d", true)]
    [InlineData("p12", true)]
    [InlineData("<script>", false)]
    [InlineData("p-\"onload", false)]
    public void OnlyLettersDigitsAndHyphensAreWellFormed(string anchor, bool wellFormed) =>
        Assert.Equal(wellFormed, PassageAnchor.IsWellFormed(anchor));
}
