using System.Text;
using Search.Core.Ingestion;
using Search.Core.Ingestion.Seeds;

namespace Search.Core.Tests.Ingestion.Seeds;

public class SeedArticleReaderTests
{
    [Fact]
    public void TakesTheInlineDateHeaderOffTheFirstLine()
    {
        var article = Parse(" date 2022-01-06 Police said Thursday they killed dozens.\n\nSecond paragraph.");
        Assert.Equal(new DateOnly(2022, 1, 6), article.Given.Date);
        Assert.Equal("Police said Thursday they killed dozens.", article.Paragraphs[0].Text);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void UsesTheFileNameWithoutExtensionAsId()
    {
        var article = global::Search.Core.Tests.Seeds.Read(global::Search.Core.Tests.Seeds.Cnn);
        Assert.Equal(global::Search.Core.Tests.Seeds.Cnn, article.Id);
    }

    [Theory]
    [InlineData("A+ A-")]
    [InlineData("A- A A+")]
    [InlineData("Viewed 1 245 times")]
    [InlineData("Views: 1,245")]
    [InlineData("Read also: How to prepare an emergency bag")]
    [InlineData("Read more: Kashagan output hits record | Who owns NCOC?")]
    [InlineData("If you found a typo, select it and press Ctrl+Enter.")]
    [InlineData("Нашли ошибку? Выделите текст и нажмите Ctrl+Enter")]
    public void DropsChromeLinesThatSitesOfTheRegionAddToAStory(string chrome)
    {
        var article = Parse($"The quake struck at night.\n\n{chrome}\n\nRescuers reached the town by morning.");
        Assert.Equal(["The quake struck at night.", "Rescuers reached the town by morning."], article.Paragraphs.Select(p => p.Text));
    }

    [Theory]
    [InlineData("Related-party transactions rose by a third, the auditors said.")]
    [InlineData("He viewed 12 sites that day.")]
    [InlineData("A")]
    [InlineData("ASTANA — The eGov portal now lets users submit a form by pressing Ctrl+Enter, the Ministry of Digital Development said.")]
    [InlineData("Read more than 40 reports, the committee said.")]
    public void KeepsStoryLinesThatOnlyLookLikeChrome(string line)
    {
        Assert.Contains(line, Parse($"The quake struck at night.\n\n{line}").Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void DropsPageChromeFromTheDpaArticle()
    {
        var article = global::Search.Core.Tests.Seeds.Read(global::Search.Core.Tests.Seeds.Dpa);
        var texts = article.Paragraphs.Select(p => p.Text).ToList();
        foreach (string chrome in new[] { "facebooktwittertelegramwhatsapp", "copy short urlprintemail", "+ A", "A -", "webmaster", "10" })
            Assert.DoesNotContain(chrome, texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("copy short url", StringComparison.Ordinal));
        Assert.Equal("dpa", texts[0]);
        Assert.Equal("07/01/2022", texts[^1]);
    }

    [Fact]
    public void DropsLeaveACommentButKeepsEveryParagraph()
    {
        var article = global::Search.Core.Tests.Seeds.Read(global::Search.Core.Tests.Seeds.Headline);
        Assert.DoesNotContain(article.Paragraphs, p => p.Text == "Leave a Comment");
        Assert.Equal("Dozens Reported Dead in Kazakhstan, as Russian Alliance Sends Troops", article.Paragraphs[0].Text);
        Assert.Equal(11, article.Paragraphs.Count);
        Assert.Equal(3, article.Paragraphs[1].Line);
    }

    [Fact]
    public void TreatsEachLineAsAParagraphWhenThereAreNoBlankLines()
    {
        var article = Parse("First sentence here.\nSecond line here.\nThird one.");
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void JoinsHardWrappedLinesOfOneParagraph()
    {
        var article = Parse("The minister said the protests\nwould end soon.\n\nNext.");
        Assert.Equal("The minister said the protests would end soon.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void KeepsABareNumberInsideTheTextButNotAtTheEnd()
    {
        var article = Parse("Intro.\n\n2022\n\nMore text.\n\n42");
        Assert.Equal(["Intro.", "2022", "More text."], article.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void RejectsInvalidUtf8NamingTheLine()
    {
        string path = Path.GetTempFileName();
        try
        {
            var bytes = Encoding.UTF8.GetBytes("Good line.\nSecond line \u00e9.\n").ToList();
            bytes.AddRange(new byte[] { 0xC3, 0x28 }); // an invalid two-byte sequence on line 3
            File.WriteAllBytes(path, bytes.ToArray());
            var problem = Assert.Single(new SeedArticleReader().Read(path, ReadLimits.Default)).Problem!;
            Assert.Equal(3, problem.Line);
            Assert.StartsWith(path + ":3: ", problem.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RejectsAMalformedHeaderDate()
    {
        var problem = SeedArticleReader.Parse("a", "a.txt", "date 2022-13-45 Text.").Problem!;
        Assert.Equal(1, problem.Line);
        Assert.Contains("2022-13-45", problem.Message);
    }

    [Fact]
    public void ReadsALeadingDateWordWithoutADateAsText()
    {
        var article = Parse("date palms grow in the oasis.");
        Assert.Null(article.Given.Date);
        Assert.Equal("date palms grow in the oasis.", article.Paragraphs[0].Text);
    }

    [Fact]
    public void RejectsAFileWithNoText()
    {
        Assert.Null(SeedArticleReader.Parse("a", "a.txt", "\n\nLeave a Comment\n").Article);
    }

    private static RawArticle Parse(string text) => SeedArticleReader.Parse("a", "a.txt", text).Article!;
}
