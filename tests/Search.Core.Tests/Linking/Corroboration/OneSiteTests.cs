using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// Where an event is: a count made at the one site that reports of a single-site event lead on is that event's whole count,
/// and an event of many places lies within one country.
/// </summary>
public sealed class OneSiteTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Report(string id, string source, string lead, string count) => JsonSerializer.Serialize(new
    {
        id, title = "Hospital fire", source, date = "2025-08-14",
        body = lead + "\n\nFirefighters put out the blaze after three hours, and the cause was being investigated.\n\n" + count,
    });

    // The articles whose passages the first report's passages flag as giving another figure.
    private HashSet<string> FlaggedFrom(params string[] reports)
    {
        _folder.Write("articles/reports.jsonl", string.Join("\n", reports) + "\n");
        using var host = TestHost.Index(_folder["articles"], _folder["index"]);
        using var finder = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        string first = JsonDocument.Parse(reports[0]).RootElement.GetProperty("id").GetString()!;
        return finder.For(first)!.Values.SelectMany(l => l.Conflicts).Select(c => c.Passage.ArticleId).ToHashSet();
    }

    [Fact]
    public void ATollAtTheSiteBothReportsLeadOnDisagreesWithAnotherTollOfTheEvent()
    {
        // Blind probes: "14 people were killed in the fire in Guayaquil" was read as a part of the others' 17 (a count in one city
        // below the count for the whole), so most tolls of single-site events were never flagged.
        var flagged = FlaggedFrom(
            Report("one", "Outlet One", "A fire swept through a hospital in Guayaquil on Thursday.", "Fourteen people were killed in the fire in Guayaquil, officials said."),
            Report("two", "Outlet Two", "A fire broke out at a public hospital in Guayaquil on Thursday.", "Seventeen people were killed in the fire, officials said."),
            Report("nation", "Outlet Three", "A fire swept through a hospital in Guayaquil on Thursday.", "More than 30 people were killed in fires in different regions this week, officials said."));
        // The count said to be the whole country's stays a whole that the city's count is part of.
        Assert.Equal(["two"], flagged.Order());
    }

    [Fact]
    public void ALocalPapersDatelineIsItsSiteWhenItsLeadNamesNoOtherTown()
    {
        // A blind probe: the local paper's "VARANASI: The death toll … rose to 36" named the city in its dateline alone, so its
        // toll was read as the whole of which the wires' 29 killed in Varanasi was a part, and never flagged.
        Assert.Contains("local", FlaggedFrom(
            Report("wire", "Outlet One", "Twenty-nine people were killed in a crush of pilgrims in the holy city of Varanasi on Sunday, police said.", "Most of the victims were women."),
            Report("local", "Outlet Two", "VARANASI: The death toll in Sunday's crush near the ghat rose to 36 on Monday, officials said.", "Most of the victims were women.")));
    }

    [Fact]
    public void TheSiteIsATownNotItsRegion()
    {
        // A blind probe: the wires' "injuring 11 people" at Florianópolis was read as a part of the local paper's 17, as the two
        // leads had only the state, Santa Catarina, in common, and the local paper named the city in its dateline alone.
        Assert.True(Seeds.Gazetteer.Find("Santa Catarina")!.IsRegion);
        Assert.Contains("local", FlaggedFrom(
            Report("wire", "Outlet One", "A passenger jet overran the runway at Florianópolis airport in Santa Catarina on Sunday, injuring 11 people.", "The airport was closed for hours."),
            Report("local", "Outlet Two", "FLORIANÓPOLIS — Seventeen people were injured when the jet ran off the runway in heavy rain in Santa Catarina, the state's fire service said.", "The airport was closed for hours.")));
    }

    [Fact]
    public void ProtestsInTwoCountriesAreTwoEventsHoweverWidespread()
    {
        // A blind probe: protests in Kampala the day of those in Nairobi, whose reports name each other's city, gave each other's
        // arrests as figures that disagree once "protests" lifted the rule that leads on other cities are other events.
        static string Protest(string id, string source, string city, string count) => JsonSerializer.Serialize(new
        {
            id, title = "Police fire tear gas as protests spread", source, date = "2026-04-07",
            body = $"Police fired tear gas at protesters in {city} on Tuesday as protests against a fuel levy spread.\n\n"
                + "Traders shut their shops and the main roads emptied by the afternoon, witnesses said.\n\n" + count,
        });
        Assert.Empty(FlaggedFrom(
            Protest("nairobi", "Outlet One", "Nairobi", "More than 300 people were arrested, the interior ministry said. Protests were also held in Kampala."),
            Protest("kampala", "Outlet Two", "Kampala", "Police said 27 people were arrested. The protests in Nairobi were against a fuel levy.")));
    }

    [Fact]
    public void ReportsADayApartThatNameOnePersonButNoPlaceInCommonAreOneEvent()
    {
        // A blind probe: a local radio's report of a data breach named no place that the wires named, so the ransom each gave was
        // never compared. A person both name ties them; days apart, only a place in common would.
        static string Breach(string id, string source, string date, string place, string count) => JsonSerializer.Serialize(new
        {
            id, title = "Hackers demand ransom after telecom breach", source, date,
            body = $"Hackers stole the records of millions of customers of a telecom group {place}, chief executive Fiona Hartigan said on Tuesday.\n\n"
                + "Fiona Hartigan said the company was working with the police and had hired outside investigators.\n\n" + count,
        });
        Assert.Equal(["radio"], FlaggedFrom(
            Breach("wire", "Outlet One", "2026-05-12", "in Sydney", "The hackers are demanding a ransom of $3 million in bitcoin, the company said."),
            Breach("radio", "Outlet Two", "2026-05-13", "by a hacking group", "The hackers have demanded a ransom of $2.5 million, the company said.")).Order());
        Assert.Empty(FlaggedFrom(
            Breach("wire", "Outlet One", "2026-05-12", "in Sydney", "The hackers are demanding a ransom of $3 million in bitcoin, the company said."),
            Breach("radio", "Outlet Two", "2026-05-15", "by a hacking group", "The hackers have demanded a ransom of $2.5 million, the company said.")));
    }

    public void Dispose() => _folder.Dispose();
}
