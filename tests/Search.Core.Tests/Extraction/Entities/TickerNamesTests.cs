using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>A wire headline in capitals names its company before the stock code; earnings stories name it nowhere else.</summary>
public class TickerNamesTests
{
    private readonly EntityRecognizer _recognizer = new(Seeds.Gazetteer);

    private List<string> Organizations(params string[] paragraphs) =>
        _recognizer.Recognize(paragraphs).Where(e => e.Type == EntityType.Organization).Select(e => e.Name).ToList();

    [Theory]
    [InlineData("TIMES MIRROR CO <TMC> QUARTERLY DIVIDEND", "Times Mirror Co")]
    [InlineData("HOUSE OF FABRICS INC <HF> 1ST QTR NET APRIL 30", "House of Fabrics Inc")]
    [InlineData("WINN-DIXIE STORES INC <WIN> SETS MONTHLY PAYOUT", "Winn-Dixie Stores Inc")]
    [InlineData("INTER-TEL INC<INTLA.O> 2ND QTR MAY 31 OPER NET", "Inter-Tel Inc")]
    [InlineData("WEISFIELD'S INC <WEIS> 4TH QTR NET", "Weisfield's Inc")]
    [InlineData("MANNESMANN AG <MMWG.F> TO BUY STAKE", "Mannesmann AG")]
    [InlineData("<BIFLYX> 2ND QTR DEC 31 NET", "Biflyx")]
    public void AHeadlinesCompanyIsTheWordsBeforeItsCode(string headline, string company)
    {
        Assert.Equal([company], Organizations(headline, "LOS ANGELES, March 5 - Qtly div 41 cts vs 41 cts"));
    }

    [Theory]
    [InlineData("USX CORP <X>, UNITS DEBT AFFIRMED", "USX Corp")] // initials stay capitals
    [InlineData("NEW JERSEY RESOURCES CORP <NJR> QUARTERLY DIVIDEND", "New Jersey Resources Corp")]
    [InlineData("JIM WALTER CORP <JWC> SETS DIVIDEND", "Jim Walter Corp")]
    public void InitialsStayCapitalsAndWordsDoNot(string headline, string company)
    {
        Assert.Contains(company, Organizations(headline, "NEW YORK, March 5 - Qtly div 41 cts vs 41 cts"));
    }

    [Fact]
    public void AWordIsCasedAsTheStoryWritesIt()
    {
        // A firm the gazetteer does not know: McDonald's, known since 2026-12-06, is named by the gazetteer.
        Assert.Contains("Wendy's International Inc", Organizations("WENDY'S INTERNATIONAL INC <WEN> SETS DIVIDEND", "DUBLIN, Ohio, March 5 - Wendy's said sales rose."));
    }

    [Theory]
    [InlineData("FAA ENDORSES SINGER <SMF> WIND SHEAR SIMULATOR")] // a sentence, not a name: no company form before the code
    [InlineData("Times Mirror Co <TMC> said its dividend was unchanged.")] // mixed case: the phrase rules read it
    public void OnlyAHeadlineInCapitalsWithACompanyFormIsReadSo(string text)
    {
        Assert.DoesNotContain(Organizations(text), o => o.StartsWith("Faa", StringComparison.Ordinal) || o.Contains("Endorses", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Organizations(text), o => o.Contains('<'));
    }

    [Theory]
    [InlineData("GENERAL MOTORS CORP <GM> RAISES PRICES", "General Motors")]
    [InlineData("FORD MOTOR CO <F> RAISES PRICES", "Ford Motor Company")]
    public void AKnownCompanyKeepsItsName(string headline, string company)
    {
        Assert.Equal([company], Organizations(headline, "DETROIT, March 5 - Prices rose."));
    }
    [Theory]
    [InlineData("TW SERVICES INC <TW> 3rd qtr net", "Indian National Congress")]
    [InlineData("TOLLAND BANK FSB <TOBK.O> 2ND QTR NET", "Federal Security Service")]
    [InlineData("The thrift, Home Savings of America F.S.B., said profits rose.", "Federal Security Service")]
    public void ACompanysFormIsNoAcronymOfItsOwn(string text, string wrong)
    {
        Assert.DoesNotContain(wrong, Organizations(text, "LOS ANGELES, March 5 - Shr 30 cts vs 12 cts"));
    }
}
