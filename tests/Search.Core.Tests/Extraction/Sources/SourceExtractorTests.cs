using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

public class SourceExtractorTests
{
    private readonly SourceExtractor _extractor = new(Seeds.Gazetteer);

    [Fact]
    public void ASignOffNamesTheSource()
    {
        var (source, text) = _extractor.Find(["Lead paragraph.", "Body text.", "AFP"]);
        Assert.Equal("Agence France-Presse", source?.Value);
        Assert.Equal("sign-off", source?.Evidence.Rule);
        Assert.Equal(["Lead paragraph.", "Body text."], text);
    }

    [Theory]
    [InlineData("Reuters: Central Asia", "Reuters")]
    [InlineData("AFP - World news", "Agence France-Presse")]
    [InlineData("World news | Reuters", "Reuters")]
    [InlineData("reuters", "Reuters")]
    public void AGivenSourceWithASectionNamesItsOutlet(string given, string outlet)
    {
        Assert.Equal(outlet, GivenOutlet.Canonical(Seeds.Gazetteer, given));
    }

    [Theory]
    [InlineData("Steppe Herald: Business")] // an outlet the gazetteer does not know keeps its whole name
    [InlineData("Almaty: City News")] // a part that is a place, not an outlet, names none
    public void AGivenSourceTheGazetteerDoesNotKnowIsKeptAsGiven(string given)
    {
        Assert.Equal(given, GivenOutlet.Canonical(Seeds.Gazetteer, given));
    }

    [Fact]
    public void AByLineNamesTheSource()
    {
        var (source, text) = _extractor.Find(["dpa", "Moscow", "Russia has deployed soldiers.", "More.", "End."]);
        Assert.Equal("Deutsche Presse-Agentur", source?.Value);
        Assert.Equal("by-line", source?.Evidence.Rule);
        Assert.Equal("Moscow", text[0]);
    }

    [Theory]
    [InlineData("It said completion is expected in late 1988. Reuter")]
    [InlineData("The curfew remains in force. (Reuters)")]
    public void AnOutletNameClosingTheTextIsASignOff(string last)
    {
        var (source, text) = _extractor.Find(["Lead.", "Body.", last]);
        Assert.Equal("Reuters", source?.Value);
        Assert.Equal("sign-off", source?.Evidence.Rule);
        Assert.DoesNotContain("Reuter", text[^1]);
    }

    [Fact]
    public void AContributorLineNamesTheSource()
    {
        var (source, _) = _extractor.Find(["Lead.", "Body.", "CNN’s Rob Picheta and Ivan Watson contributed to this report."]);
        Assert.Equal("CNN", source?.Value);
        Assert.Equal("contributor line", source?.Evidence.Rule);
    }

    [Fact]
    public void ADatelineCreditNamesTheSource()
    {
        var (source, _) = _extractor.Find(["MOSCOW (Reuters) - Troops arrived on Thursday.", "Body."]);
        Assert.Equal("Reuters", source?.Value);
    }

    [Theory]
    [InlineData("(Reuters) - Apple Inc said on Tuesday it would buy back shares.", "Reuters")]
    [InlineData("SAN FRANCISCO/WASHINGTON (Reuters) - Regulators sued the company.", "Reuters")]
    [InlineData("(CNN)President Joe Biden signed the bill on Friday.", "CNN")]
    [InlineData("Washington (CNN) — The White House said on Friday it would act.", "CNN")]
    [InlineData("MOSCOW, Jan. 7, 2022 (AP) — The Kremlin said Friday it would respond.", "Associated Press")]
    public void ALeadCreditWithNoneOrSeveralPlacesNamesTheSource(string lead, string outlet)
    {
        var (source, _) = _extractor.Find([lead, "Body.", "More body."]);
        Assert.Equal(outlet, source?.Value);
        Assert.Equal("dateline credit", source?.Evidence.Rule);
    }

    [Fact]
    public void ALeadCreditAfterAHeadlineByLineAndCaptionIsRead()
    {
        var (source, _) = _extractor.Find(["Biden signs bill", "By Kevin Liptak", "Updated 10:15 AM ET, Sat October 1, 2022",
            "Biden speaks. (Photo by Drew Angerer/Getty Images)", "Washington (CNN)President Joe Biden signed a bill on Friday.", "More."]);
        Assert.Equal("CNN", source?.Value);
    }

    [Fact]
    public void ABracketedNameOpeningTheLeadThatIsNoOutletIsNoSource()
    {
        var (source, _) = _extractor.Find(["(AAPL) Shares rose on Tuesday.", "Body."]);
        Assert.Null(source);
    }

    [Theory]
    [InlineData("Copyright © 2019 The Washington Times, LLC. Click here for reprint permission.", "The Washington Times")]
    [InlineData("© 2023 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.", "CNN")]
    [InlineData("Copyright 2021 The Dallas Morning News. All rights reserved.", "The Dallas Morning News")]
    public void ACopyrightFooterNamesTheSourceAndIsNoStoryText(string footer, string outlet)
    {
        var (source, text) = _extractor.Find(["Lead.", "Body.", footer]);
        Assert.Equal(outlet, source?.Value);
        Assert.Equal("copyright line", source?.Evidence.Rule);
        Assert.Equal(["Lead.", "Body."], text);
    }

    [Theory]
    [InlineData("Copyright 2018 Tribune Content Agency.")]
    [InlineData("© 2019 Getty Images")]
    public void ACopyrightHolderThatIsNoOutletIsNoSource(string footer)
    {
        var (source, _) = _extractor.Find(["Lead.", "Body.", footer]);
        Assert.Null(source);
    }

    [Theory]
    [InlineData("Getty Images")]
    [InlineData("Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE")]
    [InlineData("(Photo by Jane Doe/AFP via Getty Images)")]
    [InlineData("EPA")]
    public void APhotoCreditIsNeverAByLineOrSignOff(string credit)
    {
        Assert.Null(_extractor.Find([credit, "Troops arrived on Thursday.", "More.", "End."]).Source);
        Assert.Null(_extractor.Find(["Troops arrived on Thursday.", "More.", credit]).Source);
    }

    [Fact]
    public void AnOutletThatIsOnlyCitedIsNotTheSource()
    {
        var (source, _) = _extractor.Find(["Troops fired on protesters, TASS reported.", "Reuters correspondents saw armored vehicles.", "A journalist told CNN the city was quiet."]);
        Assert.Null(source);
    }
}

public class WireSignOffTests
{
    [Theory]
    [InlineData("reuter")]
    [InlineData("REUTER")]
    [InlineData("reuter...")]
    public void ASignOffLineIsReadWhateverItsCase(string signOff)
    {
        var (source, text) = new SourceExtractor(Seeds.Gazetteer).Find(["The company said profits rose.", signOff]);
        Assert.Equal("Reuters", source?.Value);
        Assert.Equal(["The company said profits rose."], text);
    }

    [Theory]
    [InlineData("It said completion is expected in late 1988. reuter")]
    [InlineData("It said completion is expected in late 1988. reuter...")]
    [InlineData("It said completion is expected in late 1988. REUTER")]
    [InlineData("Avg shrs 9,604,474 vs 8,807,709 Reuter...")]
    [InlineData("Note - Full name is Nationale Nederlanden NV <NTNN.AS> REUTER")]
    public void ALowerCaseSignOffClosingTheTextIsRead(string last)
    {
        var (source, text) = new SourceExtractor(Seeds.Gazetteer).Find(["The company said profits rose.", last]);
        Assert.Equal("Reuters", source?.Value);
        Assert.DoesNotContain("reuter", text[^1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ASignOffAfterAnAbbreviationIsRead()
    {
        var (source, _) = new SourceExtractor(Seeds.Gazetteer).Find(["The rand rose.", "It rose nine pct to 49.55 U.S. Cts. REUTER"]);
        Assert.Equal("Reuters", source?.Value);
    }

    [Fact]
    public void AShortCapitalsAliasIsNotReadInLowerCase()
    {
        var (source, _) = new SourceExtractor(Seeds.Gazetteer).Find(["The company said profits rose.", "ap"]);
        Assert.Null(source);
    }
}
