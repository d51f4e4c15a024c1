using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>An acronym defined in brackets after a name binds to that name for the article, over the gazetteer's.</summary>
public class SpelledOutAcronymsTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Names(EntityType type, params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == type).Select(e => e.Name).ToList();

    [Fact]
    public void ABracketedAcronymIsTheNameBeforeItNotTheGazetteersBody()
    {
        // FTC is the US Federal Trade Commission in the gazetteer; here the article defines it.
        var organizations = Names(EntityType.Organization,
            "The walkout, called by the Federación de Trabajadores del Cobre (FTC), shut two mines.", "The FTC said talks would resume.");
        Assert.Contains("Federación de Trabajadores del Cobre", organizations);
        Assert.DoesNotContain("Federal Trade Commission", organizations);
    }

    [Theory]
    [InlineData("The Organisation Undoing Tax Abuse (OUTA), a civil group, said it would go to court.", "Organisation Undoing Tax Abuse")]
    [InlineData("Members of the Rashtriya Janata Dal (RJD) walked out.", "Rashtriya Janata Dal")]
    public void ANameSpelledOutByItsAcronymIsAnOrganization(string text, string organization)
    {
        Assert.Contains(organization, Names(EntityType.Organization, text));
    }

    [Fact]
    public void AKnownNameInsideASpelledOutNameIsNoMention()
    {
        // "The Independent" is a newspaper the gazetteer knows.
        var organizations = Names(EntityType.Organization, "The Independent Policing Oversight Authority (IPOA) opened an inquiry.");
        Assert.Equal(["Independent Policing Oversight Authority"], organizations);
    }

    [Fact]
    public void ATermSpelledOutByItsAcronymIsNoBody()
    {
        Assert.Empty(Names(EntityType.Organization, "Prices, measured by the Consumer Price Index (CPI), rose 2%."));
    }
}
