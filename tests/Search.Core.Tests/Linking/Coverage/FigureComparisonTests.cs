using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Coverage;

namespace Search.Core.Tests.Linking.Coverage;

/// <summary>
/// The side-by-side view's figures that differ: a count given differently by reports of one event, grouped by figure; never
/// between reports of different events (a month apart, or with no place in common).
/// </summary>
public sealed class FigureComparisonTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private const string Other = "Residents gathered outside the cordon as investigators began their work on Wednesday morning.";

    private static string Line(string id, string source, string date, string lead) =>
        JsonSerializer.Serialize(new { id, title = "Fire", body = lead + "\n\n" + Other, source, date });

    private IReadOnlyList<FigureDisagreement> Among(params string[] ids)
    {
        _folder.Write("articles/reports.jsonl", string.Join("\n",
            Line("a", "Outlet A", "2023-05-02", "At least 13 people were killed in a fire in Lyon, France, on Tuesday, the prefecture said."),
            Line("b", "Outlet B", "2023-05-02", "Thirteen people were killed in the fire in Lyon, firefighters said on Tuesday."),
            Line("c", "Outlet C", "2023-05-03", "Eight people were killed in the Lyon fire, according to the prefecture."),
            Line("month-later", "Outlet D", "2023-06-20", "Five people were killed in a fire in Lyon on Monday, the prefecture said."),
            Line("elsewhere", "Outlet E", "2023-05-02", "Twenty people were killed in a fire in Chicago on Tuesday, officials said."),
            Line("other-town", "Outlet F", "2023-05-04", "MARSEILLE, France — Five people were killed on Thursday when a fire swept through a warehouse, officials said."),
            Line("chicago-b", "Outlet G", "2023-05-02", "Eleven people were killed in the Chicago fire, officials said on Tuesday.")) + "\n");
        using var host = TestHost.Index(_folder["articles"], _folder["index"]);
        var figures = new FigureComparison(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        return figures.Among(ids.Select(id => (id, 1)).ToList());
    }

    [Fact]
    public void ACountGivenDifferentlyIsGroupedByFigureAndOtherEventsStayOut()
    {
        var differ = Assert.Single(Among("a", "b", "c", "month-later", "elsewhere", "no-such-article"));
        Assert.Equal("people killed", differ.Counted);
        // "At least 13" and "Thirteen" are one figure, given by two outlets; "Eight" is the other.
        Assert.Equal([["a", "b"], ["c"]], differ.Figures.Select(f => f.Select(r => r.ArticleId).ToList()).ToList());
        Assert.Equal("Thirteen people were killed", differ.Figures[0][1].Text);
        Assert.All(differ.Figures.SelectMany(f => f), r => Assert.Matches("^p-[0-9a-f]{8}$", r.Anchor));
    }

    [Fact]
    public void TwoEventsThatEachDisagreeAreTwoDisagreements()
    {
        // A QA pass found the critically injured of a bombing in Peshawar and of a blast in Mexico in one list, each figure
        // "against" the next, where each pair was of one event but the two events were not one.
        var differ = Among("a", "c", "elsewhere", "chicago-b");
        Assert.Equal(2, differ.Count);
        Assert.Equal([["a"], ["c"]], differ[0].Figures.Select(f => f.Select(r => r.ArticleId).ToList()).ToList());
        Assert.Equal([["elsewhere"], ["chicago-b"]], differ[1].Figures.Select(f => f.Select(r => r.ArticleId).ToList()).ToList());
    }

    [Fact]
    public void FiguresThatAgreeOrBelongToOtherEventsAreNoDisagreement()
    {
        Assert.Empty(Among("a", "b"));
        Assert.Empty(Among("a", "month-later"));
        Assert.Empty(Among("a", "elsewhere"));
        // A QA session: a like event in another town of the same country, days apart, was set against this one's toll.
        Assert.Empty(Among("a", "other-town"));
    }

    public void Dispose() => _folder.Dispose();
}
