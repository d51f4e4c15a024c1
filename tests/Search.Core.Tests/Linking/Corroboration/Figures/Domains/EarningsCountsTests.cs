using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A firm's results in money, as blind probe 79's chipmaker wrote them: the loss, the revenue, a write-down, the savings and a
/// forecast, each in its currency; the sums beside them that are not today's; and a fine, as probe 83 wrote it.
/// </summary>
public class EarningsCountsTests
{
    private static Figure One(string sentence) => Assert.Single(Earnings.In(sentence));

    [Theory]
    [InlineData("German chipmaker Arventa swung to a third-quarter net loss of 1.2 billion euros ($1.40 billion).", "loss", "EUR", 1_200_000_000)]
    [InlineData("It will shut three sites after losing 1.25 billion euros ($1.45 billion) in the third quarter.", "loss", "EUR", 1_250_000_000)]
    [InlineData("The Munich chipmaker posted a net loss of €1.2bn for the three months to September.", "loss", "EUR", 1_200_000_000)]
    [InlineData("Revenue slid 18 per cent to €3.4bn in the quarter.", "revenue", "EUR", 3_400_000_000)]
    [InlineData("The company booked a 900-million-euro write-down on its Dresden plant.", "write-down", "EUR", 900_000_000)]
    [InlineData("The loss included an impairment charge of 850 million euros on its wafer fab.", "write-down", "EUR", 850_000_000)]
    [InlineData("Arventa expects the cuts to save $700 million (600 million euros) a year.", "savings", "USD", 700_000_000)]
    [InlineData("The restructuring is meant to deliver annual savings of €600m from 2028.", "savings", "EUR", 600_000_000)]
    [InlineData("For the full year, Arventa now expects revenue of around €13.5bn, down from the €14.5bn it had guided for in July.", "annual revenue forecast", "EUR", 13_500_000_000)]
    [InlineData("The group now expects annual sales of 13 billion euros, against 14.5 billion previously forecast.", "annual revenue forecast", "EUR", 13_000_000_000)]
    [InlineData("German airline Hansavia said that it earned a record 1.15 billion euros ($1.25 billion) last year.", "profit", "EUR", 1_150_000_000)]
    [InlineData("It made 1.15 billion euros ($1.25 billion) in net profit as travellers kept flying.", "profit", "EUR", 1_150_000_000)]
    [InlineData("Hansavia proposed a dividend of 0.45 euros per share, up from 0.30 euros for 2024.", "dividend", "EUR", 0.45)]
    [InlineData("Shareholders are to receive a dividend of €0.50 per share.", "dividend", "EUR", 0.5)]
    [InlineData("Fuel costs rose 8% to 3.9 billion euros.", "fuel costs", "EUR", 3_900_000_000)]
    [InlineData("The fuel bill rose to €4.1bn.", "fuel costs", "EUR", 4_100_000_000)]
    public void EachSumIsReadWithWhatItIsAndItsCurrency(string sentence, string kind, string currency, double value)
    {
        var sum = One(sentence);
        Assert.Equal((kind, currency), (sum.Event, sum.Subject!));
        Assert.Equal(value, sum.Number.Value, value * 1e-9); // "4.1" times a billion is not exactly 4,100,000,000 in binary
    }

    [Theory]
    [InlineData("The loss compared with a net profit of 210 million euros a year earlier.")]
    [InlineData("Revenue fell to 3.4 billion euros, below the 3.5 billion euros expected by analysts in a poll.")]
    [InlineData("Shares in Arventa lost 2.1 billion euros of their market value.")]
    [InlineData("The ransom of $5 million was paid in bitcoin.")]
    [InlineData("Revenue rose 18% in the quarter.")]
    [InlineData("Employees will receive a one-time profit-sharing payment of 1,500 euros each.")]
    [InlineData("Adjusted operating profit (EBIT) climbed to 1.6 billion euros.")]
    public void ASumOfAnotherTimeOrOfOthersOrWithNoCurrencyIsNotRead(string sentence) =>
        Assert.DoesNotContain(Earnings.In(sentence), s => s.Event is "profit" or "loss" || s.Number.Value is 3_500_000_000 or 2_100_000_000 or 18 or 1_500);

    [Fact]
    public void SumsOfOneKindDisagreeInOneCurrencyOnly()
    {
        var loss = One("Arventa swung to a net loss of 1.2 billion euros.");
        Assert.True(loss.Contradicts(One("Arventa said it lost 1.25 billion euros in the third quarter.")));
        Assert.False(loss.Contradicts(One("The Munich chipmaker posted a net loss of €1.2bn.")));
        // A sum in dollars is no rival to one in euros, nor a loss to a write-down.
        Assert.False(loss.Contradicts(One("Arventa swung to a net loss of $1.4 billion.")));
        Assert.False(loss.Contradicts(One("It booked a 900-million-euro write-down.")));
        Assert.NotEqual(loss.Kind, One("Arventa swung to a net loss of $1.4 billion.").Kind);
        Assert.Equal("loss (EUR)", loss.Counted);
        // Forecasts of the year are their own kind: a quarter's revenue is no rival to them.
        Assert.True(One("Arventa lowered its outlook for the year and now forecasts revenue of 13.5 billion euros.")
            .Contradicts(One("The group now expects annual sales of 13 billion euros.")));
        Assert.False(One("Revenue fell to 3.4 billion euros.").Contradicts(One("The group now expects annual sales of 13 billion euros.")));
        // Blind probe 80: fuel costs and the fuel bill are one sum; the year before's profit, named by its year, is no rival to
        // this year's.
        Assert.True(One("Fuel costs rose 8% to 3.9 billion euros.").Contradicts(One("The fuel bill rose to €4.1bn.")));
        Assert.False(One("Fuel costs rose 8% to 3.9 billion euros.").Contradicts(One("Staff costs rose to 4.1 billion euros.")));
        Assert.False(One("Net profit in 2024 was 870 million euros.").Contradicts(One("Net profit rose to €1.1bn.")));
    }

    [Fact]
    public void AFirmsSeatIsNotWhereItsSumWasCounted()
    {
        Entity[] places = [new(EntityType.Place, "Munich", ["Munich"]), new(EntityType.Place, "Dresden", ["Dresden"])];
        var sums = NamedSentence.Of("The Munich-based company booked a 900-million-euro write-down on its Dresden plant.", places, Seeds.Gazetteer).ReadFigures(2026);
        Assert.Equal(["Dresden"], Assert.Single(sums, f => f.Event == "write-down").Places);
        // A year in a relative clause after the sum does not date it.
        var dated = NamedSentence.Of("The company booked a 900-million-euro write-down on its Dresden plant, where it has frozen a project announced in 2023.", places, Seeds.Gazetteer).ReadFigures(2026);
        Assert.True(Assert.Single(dated).Contradicts(Assert.Single(NamedSentence.Of("An €850m impairment on the Dresden fab accounted for the bulk of the loss.", places, Seeds.Gazetteer).ReadFigures(2026))));
    }

    [Fact]
    public void AFineIsTheFinedFirmsInItsCurrency()
    {
        // Blind probe 83: an EU fine of 1.84 billion euros against 1.8 billion; and probe 80's two regulators' fines on one mine
        // operator, and "R$50 million", which had been read as dollars.
        var reuters = Assert.Single(Fines.In("EU antitrust regulators fined U.S. tech group Halcyon Technologies 1.84 billion euros ($2.09 billion) on Wednesday."));
        var ap = Assert.Single(Fines.In("The European Union fined Halcyon Technologies 1.8 billion euros ($2.05 billion) on Wednesday."));
        Assert.Equal("EUR on Halcyon Technologies", reuters.Subject);
        Assert.True(reuters.Contradicts(ap));
        Assert.False(reuters.Contradicts(Assert.Single(Fines.In("The European Commission's €1.84 billion fine against Halcyon Technologies is its toughest yet."))));
        Assert.Empty(Fines.In("Ibama announced a fine of 50 million reais, the maximum allowed under Brazilian law."));
        Assert.Empty(Fines.In("It has previously been fined 2.6 billion euros by Brussels in two separate cases."));
        Assert.Empty(Fines.In("Halcyon was given 90 days to comply or face daily fines of up to five percent of its average daily global turnover."));
        const string reais = "a further R$50 million fine";
        Assert.Equal("BRL", Currencies.Of(reais, reais.IndexOf("50", StringComparison.Ordinal), reais.IndexOf(" million", StringComparison.Ordinal)));
        // The share of turnover it amounts to, and not the ceiling beside it.
        var share = Assert.Single(Fines.In("The fine equals 4.1 percent of Halcyon's global turnover, well below the 10 percent ceiling."));
        Assert.True(share.Contradicts(Assert.Single(Fines.In("The penalty is equivalent to 3.9 percent of the group's worldwide revenue last year."))));
    }
}
