using Search.Core.Extraction;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: initials and abbreviations never cut a title short, and a photo caption is neither the title nor the lead.</summary>
public class TitleAndLeadTests
{
    private static readonly ArticleExtractor Extractor = new(Seeds.Gazetteer);

    private static Article Extract(params string[] paragraphs) =>
        Extractor.Extract(new RawArticle("t", "t.txt", 1, [.. paragraphs.Select((p, i) => new RawParagraph(p, i + 1))], new GivenMetadata()));

    [Theory]
    [InlineData("F.W. WOOLWORTH CO <Z> HIKES DIVIDEND")]
    [InlineData("B.F. GOODRICH CO <GR> SETS QUARTERLY")]
    public void AHeadlineOpeningWithInitialsIsTheWholeTitle(string headline)
    {
        var article = Extract(headline, "NEW YORK, March 3 - The company raised its quarterly dividend to 33 cts a share from 30 cts.");
        Assert.Equal(headline, article.Title);
        Assert.DoesNotContain(headline, article.Paragraphs);
    }

    [Fact]
    public void ALeadSentenceWithInitialsIsNotCutAtThem()
    {
        var (title, _) = TitleExtractor.Find(["Shares of J.P. Morgan and Co rose sharply on Tuesday after the results. Others fell."]);
        Assert.Equal("Shares of J.P. Morgan and Co rose sharply on Tuesday after the results", title);
    }

    [Fact]
    public void APhotoCaptionIsNeitherTheTitleNorTheLead()
    {
        const string caption = "Russian servicemen board a military plane outside Moscow | Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE";
        const string lead = "Russia sent paratroopers to Kazakhstan on Thursday as part of an alliance mission to quell unrest.";
        var article = Extract(caption, lead, "The alliance said the force would stay for a limited period.");
        Assert.DoesNotContain("Photo", article.Title);
        Assert.StartsWith("Russia sent paratroopers", article.Title);
        Assert.Equal(lead, article.Paragraphs[0]);
        Assert.Equal(caption, article.Paragraphs[^1]);
    }

    [Fact]
    public void ACaptionBetweenHeadlineAndStoryIsNotTheLead()
    {
        var article = Extract("Russia sends troops to Kazakhstan", "Troops board a plane. REUTERS/Maxim Shemetov",
            "Russia sent paratroopers to Kazakhstan on Thursday.", "The alliance said the force would stay.");
        Assert.Equal("Russia sends troops to Kazakhstan", article.Title);
        Assert.Equal("Russia sent paratroopers to Kazakhstan on Thursday.", article.Paragraphs[0]);
    }
}
