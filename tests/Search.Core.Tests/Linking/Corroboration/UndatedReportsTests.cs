using System.Text.Json;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>An undated report may be of any day's event, so it needs more than a country in common to be of one.</summary>
public sealed class UndatedReportsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Report(string id, string source, string? date, string body) =>
        JsonSerializer.Serialize(new { id, title = "Unrest and fire", source, date, body });

    [Fact]
    public void AnUndatedReportSharingOnlyACountryWithADatedOneIsNeitherLinkedNorComparedWithIt()
    {
        // A QA session: an undated report of unrest in Almaty named the United States, as a wildfire's reports of 2026 did; its
        // 353 injured were flagged against the fire's, and its paragraphs were "also reported by" the fire's.
        using var finder = LinkedReports.Of(_folder, "undated",
            Report("undated", "Outlet One", null,
                "Protests spread across Kazakhstan on Wednesday as crowds stormed government buildings.\n\n"
                + "In Almaty, 353 people were injured in clashes with police, the health ministry said on Wednesday.\n\n"
                + "The United States urged the authorities to show restraint and to respect the right to peaceful protest."),
            Report("unrest", "Outlet Two", "2022-01-06",
                "Police clashed with protesters in Almaty on Wednesday after crowds stormed the city hall.\n\n"
                + "In Almaty, 353 people were injured in the clashes with police, the health ministry said on Wednesday."),
            Report("fire", "Outlet Three", "2026-07-14",
                "A wildfire forced thousands from their homes near Redding, California, on Wednesday.\n\n"
                + "Twelve people were injured as crowds fled the flames, the county health department said on Wednesday.\n\n"
                + "The United States Forest Service urged residents to respect the evacuation orders."));

        var links = finder.For("undated")!.Values.ToList();
        Assert.Equal(["unrest"], links.SelectMany(l => l.Corroborations).Select(c => c.Passage.ArticleId).Distinct());
        Assert.DoesNotContain("fire", links.SelectMany(l => l.Conflicts).Select(c => c.Passage.ArticleId));
        Assert.Empty(finder.For("fire")!.Values.SelectMany(l => l.Conflicts.Select(c => c.Passage.ArticleId).Concat(l.Corroborations.Select(c => c.Passage.ArticleId))));
    }

    public void Dispose() => _folder.Dispose();
}
