using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>A fact is linked only to reports of the same event: dated within days of each other, or undated.</summary>
public sealed class EventWindowTests : IDisposable
{
    private readonly TempFolder _folder = new();

    // One outlet's report, and the same words from three others: two days later, a month later, and with no date.
    private const string Fact = "Eleven miners were trapped underground on Tuesday after a gas explosion at the Velka colliery, the regional mining authority said.";
    private const string Other = "Rescue teams worked through the night with heavy drilling equipment brought from the neighbouring province.";

    private static string Line(string id, string source, string? date) =>
        JsonSerializer.Serialize(new { id, title = "Miners trapped at Velka", body = Fact + "\n\n" + Other, source, date });

    [Fact]
    public void AReportAMonthApartIsAnotherEventAndAnUndatedOneMayBeTheSame()
    {
        using var finder = Linked("reports",
            Line("first", "Outlet One", "2023-03-07"),
            Line("days-later", "Outlet Two", "2023-03-09"),
            Line("month-later", "Outlet Three", "2023-04-08"),
            Line("undated", "Outlet Four", null));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["days-later", "undated"], linked.Order());

        // An undated report has no window of its own: each dated report may be its event's.
        var fromUndated = finder.For("undated")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["days-later", "first", "month-later"], fromUndated.Order());
    }

    [Fact]
    public void SentencesThatNameDifferentDaysReportDifferentEvents()
    {
        // An aftershock two days after the quake, told in the quake's words, was linked to it as the same fact.
        static string Report(string id, string source, string body) =>
            JsonSerializer.Serialize(new { id, title = "Earthquake in Almaty region", body, source, date = "2024-03-16" });
        using var finder = Linked("quake",
            Report("quake", "Outlet One", "A strong earthquake of magnitude 6.8 shook Almaty region on March 14, damaging houses in Talgar and Esik."),
            Report("aftershock", "Outlet Two", "A strong aftershock of magnitude 4.9 shook Almaty region on March 16, damaging houses in Talgar and Esik."),
            Report("same-day", "Outlet Three", "An earthquake of magnitude 6.8 shook the Almaty region on 14 March, damaging houses in Talgar and in Esik."));

        var linked = finder.For("quake")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-day"], linked.Order());
    }

    [Fact]
    public void ASentenceThatOpensOnAnotherYearIsBackgroundNeitherLinkedNorAConflict()
    {
        // A blind probe found a paragraph on a 2018 disaster ("more than 160 people died") flagged against today's toll, and
        // linked to today's report of the sinking.
        static string Report(string id, string source, string lead) =>
            JsonSerializer.Serialize(new { id, title = "Ferry sinks off Indonesia", body = lead + "\n\nOfficials in Indonesia said so.", source, date = "2025-03-11" });
        using var finder = Linked("ferry",
            Report("today", "Outlet One", "At least 40 people were killed when a ferry sank off the coast of Sumbawa, the rescue agency said."),
            Report("in-2018", "Outlet Two", "In 2018, more than 160 people were killed when a ferry sank off the coast of Sumatra, the rescue agency said."),
            Report("last-year", "Outlet Three", "Last year, at least six people were killed when a ferry sank off the coast of Sumbawa, the rescue agency said."),
            Report("same", "Outlet Four", "Forty people were killed when a ferry sank off the coast of Sumbawa on Tuesday, the rescue agency said."),
            Report("in-2019", "Outlet Five", "In 2019, a crowded ferry sank off the coast of Sumbawa and people were killed, the rescue agency said."));

        var links = finder.For("today")!.Values.ToList();
        Assert.Equal(["same"], links.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).Distinct());
        Assert.Empty(links.SelectMany(l => l.Conflicts));
    }

    [Fact]
    public void ASentenceThatSetsItsEventInAnotherYearIsBackground()
    {
        Assert.True(SentenceTime.Of("The deadliest crash happened in 1990, when more than 300 people died.", 2025).Differs(SentenceTime.Of("At least 20 people died.", 2025)));
        Assert.False(SentenceTime.Of("It was the first joint strike since 2013, the unions said.", 2025).Differs(SentenceTime.Of("Unions struck.", 2025)));
    }

    [Fact]
    public void AReportThatNamesOtherPlacesOnlyIsOfAnotherEvent()
    {
        // A blind probe found a speedboat sinking off Maluku linked 17 times to a ferry sinking off Lombok two days later.
        static string Report(string id, string source, string where, string date = "2025-06-01") => JsonSerializer.Serialize(new
        {
            id, title = "Bus falls into ravine", source, date,
            body = "A bus carrying miners plunged into a ravine on Sunday after its brakes failed on a mountain road, the regional police chief said.\n\n" + where,
        });
        using var finder = Linked("bus",
            Report("peru", "Outlet One", "The crash happened in the Andes of Peru."),
            Report("chile", "Outlet Two", "The crash happened in the Andes of Chile."),
            Report("also-peru", "Outlet Three", "The crash happened in the south of Peru."),
            Report("nowhere", "Outlet Four", "Rescuers reached the bus after three hours."),
            // A place no gazetteer knows may be in Peru or not: the next day's report may be of this crash, three days on not.
            Report("province-next-day", "Outlet Five", "The crash happened in the province of Zorvania.", "2025-06-02"),
            Report("province-days-later", "Outlet Six", "The crash happened in the province of Zorvania.", "2025-06-04"));

        // An article that names no place may be of either event.
        var linked = finder.For("peru")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["also-peru", "nowhere", "province-next-day"], linked.Order());
    }

    [Fact]
    public void ALikeEventInAnotherCityOfTheSameCountryIsAnotherEvent()
    {
        // Blind probes: a fuel terminal that exploded in Guanajuato four days after a chemical plant in Veracruz was linked 18
        // times to it, as both states bring "Mexico"; a building that collapsed in Kano the day after one in Lagos, 16 times.
        // The lead names where the event is. A report whose lead names no known city may name other cities further on, its
        // background's ("a landslide in Maco in February 2024") or a village misread as a known city ("San Antonio", Texas).
        static string Report(string id, string source, string lead, string later, string date = "2025-06-01") => JsonSerializer.Serialize(new
        {
            id, title = "Explosion at plant", source, date,
            body = "A blast tore through a chemical plant on Sunday, killing several workers and forcing the evacuation of nearby homes, the state governor said.\n\n"
                + lead + "\n\nFirefighters cooled the tanks through the night.\n\n" + later,
        });
        using var finder = Linked("blast",
            Report("lyon", "Outlet One", "The plant lies on the edge of Lyon.", "The firm has no other plant."),
            Report("also-lyon", "Outlet Two", "The plant is in the industrial zone south of Lyon.", "The firm has no other plant."),
            Report("next-day", "Outlet Four", "The plant lies in an industrial zone.", "The firm also runs a plant near Grenoble.", "2025-06-02"),
            Report("next-day-elsewhere", "Outlet Five", "The plant lies on the edge of Marseille.", "The firm has no other plant.", "2025-06-02"),
            Report("days-later", "Outlet Three", "The plant lies in an industrial zone.", "The firm also runs a plant near Marseille.", "2025-06-05"));

        var linked = finder.For("lyon")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["also-lyon", "next-day"], linked.Order());
    }

    [Fact]
    public void ReportsOfAnEventOfManyPlacesThatLeadOnDifferentPlacesAreOneEvent()
    {
        // A blind probe: once the gazetteer knew Greece's regions, four outlets' reports of the wildfires across Greece, each
        // leading on another fire (Achaia, Crete, Evia), were held to be four events, and 12 right links went. A fire in one
        // city and a fire in another, told in the singular, are still two events.
        static string Report(string id, string source, string title, string lead) => JsonSerializer.Serialize(new
        {
            id, title, source, date = "2026-07-29",
            body = lead + "\n\nFirefighters were still at work in the evening.\n\n"
                + "The fire service said 52 wildfires had broken out across the country in the previous 24 hours, the most this summer.",
        });
        using var finder = Linked("fires",
            Report("achaia", "Outlet One", "Greece mourns firefighter as wildfires kill four", "A volunteer firefighter died on Tuesday when his tanker overturned in Achaia."),
            Report("crete", "Outlet Two", "Tourists moved from hotels as blaze rages", "About 5,000 tourists were moved from hotels near a fire in Crete on Tuesday."),
            Report("attica", "Outlet Three", "Fire at warehouse near Attica port", "A fire destroyed a warehouse in Attica on Tuesday."));

        Assert.Equal(["attica", "crete"], finder.For("achaia")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).Distinct().Order());
        // Neither of the two in the singular tells of many places: the fire in Crete and the one in Attica are two events.
        Assert.DoesNotContain(finder.For("crete")!.Values.SelectMany(l => l.Corroborations), c => c.Passage.ArticleId == "attica");
    }

    [Fact]
    public void ReportsDaysApartThatShareOnlyTheirCountryGiveNoFiguresThatDisagree()
    {
        // A blind probe: a pit collapse told by a paper that named only Ghana, and another pit two days later in the Ashanti
        // Region, were flagged as disagreeing on the toll once the gazetteer knew the region, and with it Ghana.
        static string Report(string id, string source, string date, string lead) =>
            JsonSerializer.Serialize(new { id, title = "Miners killed in pit collapse", source, date, body = lead });
        using var finder = Linked("pits",
            Report("first", "Outlet One", "2026-02-18", "Four miners were killed when an illegal gold pit collapsed in Ghana, rescuers said."),
            Report("two-days-later", "Outlet Two", "2026-02-20", "Seven miners were killed when an illegal gold pit collapsed at Manso Nkwanta in the Ashanti Region of Ghana, rescuers said."),
            Report("same-day", "Outlet Three", "2026-02-18", "Seven miners were killed when an illegal gold pit collapsed in the Ashanti Region of Ghana, rescuers said."));

        var flagged = finder.For("first")!.Values.SelectMany(l => l.Conflicts).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-day"], flagged.Order());
    }

    [Fact]
    public void ReportsDaysApartWhoseLeadsNameOtherPeopleAreOfAnotherEvent()
    {
        // A blind probe: a roads official sentenced two days after a minister, in the same country and in the same words, was
        // linked to the minister's verdict seven times; and a jailbreak in Zambia to one in Malawi three days earlier.
        static string Report(string id, string source, string date, string who) => JsonSerializer.Serialize(new
        {
            id, title = "Former official jailed for graft", source, date,
            body = $"A court on Tuesday sentenced former official {who} to prison for corruption linked to road tenders, the prosecutors said.\n\n"
                + "The prosecuting authority welcomed the verdict, saying it showed that no one was above the law.",
        });
        using var finder = Linked("verdicts",
            Report("minister", "Outlet One", "2026-03-10", "Xolani Mabaso"),
            Report("same-man", "Outlet Two", "2026-03-12", "Xolani Mabaso"),
            Report("other-man", "Outlet Three", "2026-03-12", "Sibusiso Ntuli"));

        var linked = finder.For("minister")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-man"], linked.Order());
    }

    [Fact]
    public void ALikeEventDaysLaterNearOtherTownsOfTheSameCountryIsAnotherEvent()
    {
        // A blind probe: a derailment near Khanewal four days after one near Rohri, both in Pakistan, was linked to it, as the
        // towns are unknown to the gazetteer and the country was a place in common.
        static string Report(string id, string source, string date, string where) => JsonSerializer.Serialize(new
        {
            id, title = "Passenger train derails", source, date,
            body = "Ten coaches of a passenger train derailed early on Monday, killing several people and injuring dozens, railway officials said.\n\n" + where,
        });
        using var finder = Linked("train",
            Report("first", "Outlet One", "2025-09-22", "The train came off the tracks near Zarovka in Kazakhstan."),
            // The next day's report may name the town where the injured were taken.
            Report("next-day", "Outlet Two", "2025-09-23", "The injured were taken to hospitals near Belotsk in Kazakhstan."),
            Report("same-town", "Outlet Three", "2025-09-25", "The train came off the tracks near Zarovka, in Kazakhstan."),
            Report("country-only", "Outlet Four", "2025-09-26", "The train came off the tracks in Kazakhstan."),
            Report("other-town", "Outlet Five", "2025-09-26", "The train came off the tracks near Kirovka in Kazakhstan."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["country-only", "next-day", "same-town"], linked.Order());
    }

    [Fact]
    public void TheDeskAReportIsWrittenFromAndAPointToMeasureFromAreNoPlaceInCommon()
    {
        // A blind probe: a landslide in Misamis Occidental five days after one in Davao de Oro was linked to it, as AP's report
        // named Manila ("about 950 kilometers southeast of Manila") and Reuters' was written from there.
        static string Report(string id, string source, string date, string lead, string where) => JsonSerializer.Serialize(new
        {
            id, title = "Landslide buries homes", source, date,
            body = lead + " A landslide buried dozens of homes in a farming village after days of heavy rain, officials said.\n\n" + where,
        });
        using var finder = Linked("landslide",
            Report("first", "Outlet One", "2026-02-17", "MANILA, Philippines (AP) —", "The village of Zarovka lies about 950 kilometers (590 miles) southeast of Manila."),
            Report("days-later", "Outlet Two", "2026-02-21", "MANILA, Feb 21 (Reuters) -", "The village of Kirovka lies on a slope above the coast."),
            Report("same-village", "Outlet Three", "2026-02-21", "MANILA, Feb 21 (Reuters) -", "The village of Zarovka lies on a slope above the river."));

        var linked = finder.For("first")!.Values.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).ToHashSet();
        Assert.Equal(["same-village"], linked.Order());
    }

    private LinkedReports Linked(string name, params string[] reports) => LinkedReports.Of(_folder, name, reports);

    public void Dispose() => _folder.Dispose();
}

/// <summary>An index of a test's reports and the finder over it, disposed together.</summary>
internal sealed class LinkedReports(IndexHost host, CorroborationFinder finder) : IDisposable
{
    /// <summary>The reports written to one file in the test's folder and indexed there, and a finder over them.</summary>
    public static LinkedReports Of(TempFolder folder, string name, params string[] reports)
    {
        folder.Write($"articles/{name}.jsonl", string.Join("\n", reports) + "\n");
        var host = TestHost.Index(folder["articles"], folder["index"]);
        return new LinkedReports(host, new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer));
    }

    public IReadOnlyDictionary<string, PassageLinks>? For(string articleId) => finder.For(articleId);

    public void Dispose()
    {
        finder.Dispose();
        host.Dispose();
    }
}
