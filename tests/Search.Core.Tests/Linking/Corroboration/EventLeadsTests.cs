using System.Text.Json;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>What the leads of two reports days apart tell of their events: the towns and the firms they lead on.</summary>
public sealed class EventLeadsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void ReportsDaysApartWhoseLeadsNameOtherTownsAreOfAnotherEventThoughTheStoryRecallsTheFirst()
    {
        // A blind probe: a hostage-taking at Saravena's town hall four days after a bus siege near Pamplona recalled the siege,
        // and so shared its town; the two stories' injured were flagged as figures that disagree.
        static string Report(string id, string source, string date, string lead) => JsonSerializer.Serialize(new
        {
            id, title = "Gunmen hold hostages in Colombia", source, date,
            body = lead + "\n\nSeven people were wounded, the army said.\n\nThe attack came after a bus siege near the town of Pamplona this month.",
        });
        using var finder = Linked("sieges",
            Report("first", "Outlet One", "2026-03-09", "Gunmen seized a bus near the town of Pamplona in northeastern Colombia on Monday, officials said."),
            Report("same-town", "Outlet Two", "2026-03-11", "Gunmen who seized a bus near the town of Pamplona in Colombia on Monday were still at large, officials said."),
            Report("other-town", "Outlet Three", "2026-03-13", "Gunmen stormed the town hall of Saravena in Colombia on Friday and held employees hostage, officials said."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-town"], linked.Order());
    }

    [Fact]
    public void ReportsDaysApartWhoseLeadsNameOtherFirmsAreOfAnotherEvent()
    {
        // A blind probe: a health insurer's data breach a week after a telecom's, which its story names further on, was linked
        // to the telecom's reports six times through the regulator both name.
        static string Report(string id, string source, string date, string firm, string when) => JsonSerializer.Serialize(new
        {
            id, title = "Hackers steal customer data", source, date,
            body = $"Australian company {firm} said {when} that hackers had stolen names, addresses and passport numbers of 2.4 million customers.\n\n"
                + "The company said it had found the intrusion on its systems a few days earlier.\n\n"
                + "The Office of the Australian Information Commissioner said it had opened an investigation into the breach.\n\n"
                + "The breach follows an attack on Kestrel Telecom earlier this month.",
        });
        using var finder = Linked("breaches",
            Report("first", "Outlet One", "2026-06-17", "Kestrel Telecom", "on Wednesday"),
            Report("same-firm", "Outlet Two", "2026-06-19", "Kestrel Telecom", "this week"),
            Report("other-firm", "Outlet Three", "2026-06-20", "BlueHarbour Health", "on Saturday"));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-firm"], linked.Order());
    }

    [Fact]
    public void ReportsDaysApartWhoseTitlesNameOtherFirmsAreOfAnotherEventThoughTheirLeadsShareTheRegulator()
    {
        // A seventh QA pass: an EU fine on an ad firm five days after one on an app store's owner, both led on the Commission and
        // the later one recalling the first, was linked to it four times ("Halcyon said it would appeal" and "Corvane said it
        // would appeal").
        static string Report(string id, string source, string date, string firm, string other) => JsonSerializer.Serialize(new
        {
            id, title = $"EU fines tech group {firm} over app store rules", source, date,
            body = $"The European Commission fined tech group {firm} 900 million euros on Monday for abusing its dominance.\n\n"
                + $"{firm} must end the practice within 90 days, the Commission said, and {firm} said it would appeal.\n\n" + other,
        });
        using var finder = Linked("fines",
            Report("first", "Outlet One", "2026-05-06", "Halvane", "The company has its seat in Austin."),
            Report("same-firm", "Outlet Two", "2026-05-08", "Halvane", "The company is based in Austin."),
            Report("other-firm", "Outlet Three", "2026-05-11", "Torvane", "The decision came five days after the Commission fined Halvane."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-firm"], linked.Order());
    }

    [Fact]
    public void ReportsOfOneFirmThatLeadOnItsDifferentTownsAreOfOneEvent()
    {
        // Blind probe 79: a chipmaker's results, led on its plant in Dresden by one outlet and on its seat in Munich and its
        // shares in Frankfurt by another, were held to be two events by their towns. The firm both leads name is the story.
        static string Report(string id, string source, string lead, string second) => JsonSerializer.Serialize(new
        {
            id, title = "Chipmaker posts loss", source, date = "2026-10-29",
            body = $"{lead}\n\n{second}\n\nRevenue fell 18% to 3.4 billion euros, slightly below what analysts had expected.",
        });
        using var finder = Linked("results",
            Report("plant", "Outlet One", "German chipmaker Arventa swung to a net loss of 1.2 billion euros and will cut 1,800 jobs.",
                "The loss included a charge of 850 million euros on its wafer plant in Dresden."),
            Report("shares", "Outlet Two", "German chipmaker Arventa will cut about 2,000 jobs after a quarterly loss.",
                "Shares in the Munich-based company closed down 17% in Frankfurt."));

        var linked = finder.For("plant")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["shares"], linked.Order());
    }

    [Fact]
    public void ALeadThatNamesATownAndOneThatNamesARegionMayTellOfOneEvent()
    {
        // Blind probe 79: an eruption reported from the capital and from a village of the region below the volcano. The town
        // may lie in the region; two towns, or two regions, none in common, still tell of two events.
        static string Report(string id, string source, string lead) => JsonSerializer.Serialize(new
        {
            id, title = "Volcano erupts in Guatemala", source, date = "2026-03-16",
            body = $"{lead}\n\nRescuers searched the slopes for 27 people still missing, the disaster agency said on Monday.\n\nAsh fell on parts of Guatemala City.",
        });
        using var finder = Linked("eruption",
            Report("capital", "Outlet One", "GUATEMALA CITY (Outlet One) - At least nine people were killed when the Fuego volcano erupted, officials said."),
            Report("region", "Outlet Two", "The death toll from the eruption of the Fuego volcano in Sacatepéquez rose to 10 on Monday."));

        var linked = finder.For("capital")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["region"], linked.Order());
    }

    [Fact]
    public void TwoReportsOfOneStoryAreComparedForFiguresInParagraphsThatShareNoWords()
    {
        // Blind probe 79: "a 900-million-euro write-down" and "an €850m impairment" share no two rare words, so neither paragraph
        // was found as the other's candidate, and the figures were never compared.
        static string Report(string id, string source, string charge) => JsonSerializer.Serialize(new
        {
            id, title = "Chipmaker posts loss", source, date = "2026-10-29",
            body = "German chipmaker Arventa swung to a net loss and said it would cut 1,800 jobs, sending its shares down 14%.\n\n"
                + "Arventa will close its plants in Regensburg and Nijmegen by the end of 2027, the company said.\n\n" + charge,
        });
        using var finder = Linked("charges",
            Report("write-down", "Outlet One", "The Munich-based company booked a 900-million-euro write-down on its Dresden plant."),
            Report("impairment", "Outlet Two", "An €850m impairment on the Dresden fab accounted for the bulk of the loss."));

        var flags = finder.For("write-down")!.Values.SelectMany(l => l.Conflicts).ToList();
        Assert.Contains(flags, f => f.Passage.ArticleId == "impairment" && f.Counted == "write-down (EUR)");
    }

    [Fact]
    public void AFirmsSumsAreComparedOnlyWithReportsOfTheSameDays()
    {
        // Blind probe 81: a retailer's "Revenue slipped to £3.1 billion" was flagged against a rival's "Sales rose 2 percent to 1.4
        // billion pounds" a week later; neither sentence names its firm.
        static string Report(string id, string source, string date, string revenue) => JsonSerializer.Serialize(new
        {
            id, title = "Retailer to shut stores", source, date,
            body = "The British department store group said it would close 45 shops and cut around 2,500 jobs in London and Leeds.\n\n"
                + "The group said trading had been hit by higher costs and a shift of shoppers to online rivals.\n\n" + revenue,
        });
        using var finder = Linked("revenues",
            Report("first", "Outlet One", "2026-04-22", "Revenue slipped to £3.1 billion in the year, it said in a statement."),
            Report("same-day", "Outlet Two", "2026-04-22", "Sales fell to 3.2 billion pounds in the year, the group said in a statement."),
            Report("week-later", "Outlet Three", "2026-04-29", "Sales rose to 1.4 billion pounds in the year, the group said in a statement."));

        var flagged = finder.For("first")!.Values.SelectMany(l => l.Conflicts).Where(c => c.Counted.StartsWith("revenue", StringComparison.Ordinal))
            .Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-day"], flagged.Order());
    }

    [Fact]
    public void PrisonersFreedAreComparedOnlyWithReportsOfTheSameDays()
    {
        // Blind probe 82: a swap's "freed nine prisoners" was flagged against an amnesty's "pardoned 16 prisoners" a week later, at
        // the same border crossing, told from the same capital.
        static string Report(string id, string source, string date, string freed) => JsonSerializer.Serialize(new
        {
            id, title = "Belarus frees prisoners", source, date,
            body = "Vilnius - " + freed + "\n\n"
                + "The prisoners were handed over at the Medininkai border crossing, the foreign ministry in Vilnius said.",
        });
        using var finder = Linked("releases",
            Report("first", "Outlet One", "2026-04-14", "Belarus freed nine prisoners at the Medininkai crossing on Tuesday, the foreign ministry said."),
            Report("same-day", "Outlet Two", "2026-04-14", "Belarus freed eight prisoners at the Medininkai crossing on Tuesday, the foreign ministry said."),
            Report("week-later", "Outlet Three", "2026-04-21", "Belarus pardoned 16 prisoners at the Medininkai crossing on Tuesday, the foreign ministry said."));

        var flagged = finder.For("first")!.Values.SelectMany(l => l.Conflicts).Where(c => c.Counted == "captives released")
            .Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-day"], flagged.Order());
        // Leads days apart that count the prisoners freed, and never alike, tell of two releases: nothing of one is the other's.
        Assert.DoesNotContain(finder.For("first")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "week-later");
        Assert.Contains(finder.For("first")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "same-day");
    }

    [Fact]
    public void ACurrencyNamesNoPlaceOfTheEvent()
    {
        // A blind set: "The cedi has depreciated by about 4 percent against the US dollar" made a Ghanaian paper's report of
        // inflation one of the United States, with no place in common with the wires' from Accra, and none of its 20 labelled
        // links was found.
        using var finder = Linked("inflation",
            JsonSerializer.Serialize(new
            {
                id = "wire", title = "Inflation rises to 9.4% in March", source = "Wire One", date = "2026-04-08",
                body = "ACCRA, April 8 - Annual consumer inflation rose to 9.4% in March from 8.9% in February, the statistics office said.\n\n"
                    + "Transport fares in Accra rose after fuel prices went up at the pumps.",
            }),
            JsonSerializer.Serialize(new
            {
                id = "paper", title = "Inflation inches up on transport fares", source = "Daily Paper", date = "2026-04-09",
                body = "Headline inflation for March inched up to 9.4 percent from 8.9 percent in February, the statistics office said.\n\n"
                    + "The cedi has depreciated by about 4 percent against the US dollar this year.",
            }));
        Assert.Contains(finder.For("paper")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "wire");
    }

    [Fact]
    public void AStoryThatNamesNoPlaceIsOfTheCountryWhoseBodiesItNames()
    {
        // An eighth QA pass: a Ghanaian paper's inflation figures, whose only place was the "US dollar", were linked to a Thai
        // rate cut of the day before through the sentence on each country's monetary policy committee.
        using var finder = Linked("central-banks",
            JsonSerializer.Serialize(new
            {
                id = "paper", title = "Inflation inches up to 9.4% in March", source = "Daily Paper", date = "2026-04-09",
                body = "Headline inflation inched up to 9.4 percent in March, data from the Ghana Statistical Service show.\n\n"
                    + "Inflation remains within the Bank of Ghana's target band. The Monetary Policy Committee will announce its next decision on 20 May.\n\n"
                    + "The cedi has depreciated by about 4 percent against the US dollar this year.",
            }),
            JsonSerializer.Serialize(new
            {
                id = "other-country", title = "Thai central bank cuts rate", source = "Wire One", date = "2026-04-08",
                body = "BANGKOK, April 8 - The Bank of Thailand cut its policy rate by a quarter point on Wednesday.\n\n"
                    + "The Monetary Policy Committee will announce its next decision on 20 May, the bank said.",
            }));
        Assert.DoesNotContain(finder.For("paper")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "other-country");
    }

    [Fact]
    public void ReportsWhoseLeadsNameOtherCountriesAreOfAnotherEventThoughOneRecallsTheOther()
    {
        // An eighth QA pass: Hungary's rate rise was linked to Poland's hold of the same day, whose story recalled Hungary's.
        static string Report(string id, string source, string lead, string more) => JsonSerializer.Serialize(new
        {
            id, title = "Central bank decides on rates", source, date = "2026-10-21",
            body = lead + "\n\nThe decision had been widely expected by economists polled before the meeting.\n\n" + more,
        });
        using var finder = Linked("rates",
            Report("first", "Outlet One", "Hungary's central bank raised its base rate to 7.25 percent on Tuesday.", "The forint firmed after the decision."),
            Report("same-country", "Outlet Two", "The central bank of Hungary lifted its main rate on Tuesday.", "The forint gained."),
            Report("other-country", "Outlet Three", "Poland's central bank kept its main rate unchanged on Tuesday.",
                "The zloty slipped after Hungary's central bank raised its rate on the same day."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-country"], linked.Order());
    }

    [Fact]
    public void AFigureOfTheirsIsFlaggedOnceBesideAParagraph()
    {
        // An eighth QA pass: "Thirty-nine hostages were freed" was flagged twice beside one paragraph, as people rescued and as
        // captives released.
        static string Report(string id, string source, string freed) => JsonSerializer.Serialize(new
        {
            id, title = "Troops storm hijacked bus", source, date = "2026-03-09",
            body = "Soldiers stormed a hijacked bus near the town of Pamplona in Colombia on Monday, officials said.\n\n" + freed,
        });
        using var finder = Linked("siege",
            Report("first", "Outlet One", "Two hostages died and the 43 other passengers were freed after the nine-hour standoff, the army said."),
            Report("other", "Outlet Two", "Three hostages were killed and six others were injured, the defence minister said. Thirty-nine hostages were freed."));

        var flags = finder.For("first")!.Values.SelectMany(l => l.Conflicts).Where(c => c.Passage.ArticleId == "other").ToList();
        Assert.Single(flags, c => c.Theirs.Contains("Thirty-nine", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoTrialsWhoseDefendantsNeitherStoryNamesAreTwoEventsThoughOneSpokeswomanWelcomedBoth()
    {
        // A ninth QA pass: a roads official's sentence in East London was linked to a minister's in Pretoria, the day before,
        // and their co-accused flagged as a figure that disagrees.
        static string Report(string id, string source, string date, string title, string body) => JsonSerializer.Serialize(new { id, title, source, date, body });
        const string welcomed = "Lumka Nxumalo, a spokeswoman for the National Prosecuting Authority, welcomed the verdict, saying it sent a clear message to officials.";
        using var finder = Linked("trials",
            Report("zwane", "Outlet One", "2026-03-12", "Roads chief jailed over tenders",
                "A court in East London on Thursday sentenced Andile Zwane, a former provincial roads official, to eight years in prison for taking bribes.\n\n"
                + "Zwane, 54, was also fined two million rand.\n\nTwo co-accused contractors were convicted and one was acquitted.\n\n" + welcomed
                + "\n\nZwane's lawyer said his client would appeal."),
            Report("mabaso", "Outlet Two", "2026-03-11", "Mabaso begins prison sentence",
                "Former transport minister Xolani Mabaso spent his first night in prison on Tuesday after being sentenced to twelve years.\n\n"
                + "Judge Fatima Essop said Mabaso had shown no remorse.\n\nFour co-accused were convicted alongside Mabaso and one was acquitted.\n\n" + welcomed),
            Report("mabaso-wire", "Outlet Three", "2026-03-10", "Ex-minister jailed for 12 years",
                "A Pretoria court on Monday sentenced former transport minister Xolani Mabaso to twelve years in prison for corruption.\n\n"
                + "Four of his co-accused were convicted and one was acquitted.\n\n" + welcomed));

        var zwane = finder.For("zwane")!.Values.SelectMany(l => l.Corroborations.Select(c => c.Passage).Concat(l.Conflicts.Select(c => c.Passage))).ToList();
        Assert.Empty(zwane);
        Assert.Contains(finder.For("mabaso")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "mabaso-wire");
    }

    private LinkedReports Linked(string name, params string[] reports) => LinkedReports.Of(_folder, name, reports);

    public void Dispose() => _folder.Dispose();
}
