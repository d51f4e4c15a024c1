using System.Text.Json;
using Microsoft.Extensions.Options;
using Search.Core.Indexing;
using Search.Core.Linking.Corroboration;
using Search.Core.Linking.Evaluation;
using Search.Core.Search;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>
/// Linking over coverage the team never saw (Labels/Unseen: thirty sets of invented reports, each event told by four or five
/// outlets beside like events elsewhere and other stories), scored against labels written before the tool ran.
/// </summary>
public sealed class UnseenCoverageTests : IDisposable
{
    private static readonly string Unseen = Seeds.Unseen;
    private readonly TempFolder _folder = new();
    private readonly List<IDisposable> _opened = [];

    private (IndexHost Host, CorroborationFinder Finder) Linked(string set)
    {
        var host = TestHost.Index(Path.Combine(Unseen, set, "articles"), _folder[set]);
        var finder = new CorroborationFinder(host, Options.Create(new LinkingOptions()), Seeds.Gazetteer);
        _opened.Add(host);
        _opened.Add(finder);
        return (host, finder);
    }

    [Fact]
    public void NoPassageLinksToAStoryOfAnotherEvent()
    {
        // A speedboat that sank off Maluku two days before the ferry sank off Lombok was linked to it 17 times, and a farmers'
        // protest at The Hague to the strike in Lisbon twice.
        var (_, finder) = Linked("ferry-strike");
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(Unseen, "ferry-strike", "facts.json")));
        var distractors = labels.RootElement.GetProperty("distractors").EnumerateArray().Select(d => d.GetString()!).ToHashSet();
        var articles = labels.RootElement.GetProperty("articles").EnumerateObject().Select(a => a.Name).ToList();
        Assert.Equal(3, distractors.Count);
        Assert.Subset(articles.ToHashSet(), distractors);
        foreach (string id in articles)
        {
            var linked = finder.For(id)!.Values.SelectMany(p => p.Corroborations.Select(c => c.Passage).Concat(p.Conflicts.Select(c => c.Passage)));
            Assert.DoesNotContain(linked, l => distractors.Contains(id) ? l.ArticleId != id : distractors.Contains(l.ArticleId));
        }
    }

    /// <summary>
    /// Floors a little below the figures in docs/linking.md (2026-12-06): every quote is placed, and the links and flags hold
    /// where they were measured. The landslide set's labeller held "at least 12" to agree with 14, which the issue's own example
    /// ("13 killed against at least 8") counts as a figure that disagrees, so its flags' floor is lower; so did the dam's, of "at least
    /// 14" and 17, the retailer's and the bus crash's of "at least 19" and 21, and the tornado's of "at least 11" and 13. The typhoon's
    /// labeller held a toll that "rose to 14" the next day to be no conflict with the eight of the day before, and the wildfire's
    /// the next day's structures destroyed with the day before's, and "nearly $1.4 billion" to disagree with the $1.375 billion it
    /// rounds.
    /// </summary>
    [Theory]
    [InlineData("ferry-strike", 0.78, 0.67, 0.95, 0.76)]      // 0.819 / 0.709, flags 1.000 / 0.806
    [InlineData("fire-derailment", 0.80, 0.66, 0.95, 0.78)]   // 0.873 / 0.701, flags 1.000 / 0.811
    [InlineData("explosion", 0.72, 0.70, 0.95, 0.50)]         // 0.756 / 0.723, flags 1.000 / 0.533
    [InlineData("landslide-mine", 0.83, 0.53, 0.50, 0.85)]    // 0.889 / 0.559, flags 0.643 / 0.900
    [InlineData("collapse-protests", 0.67, 0.62, 0.95, 0.70)] // 0.727 / 0.667, flags 1.000 / 0.731
    [InlineData("fire-cyclone", 0.65, 0.53, 0.95, 0.65)]      // 0.750 / 0.577, flags 1.000 / 0.690
    [InlineData("crash-wildfires", 0.80, 0.57, 0.95, 0.44)]   // 0.859 / 0.629, flags 1.000 / 0.471
    [InlineData("mine-jailbreak", 0.74, 0.36, 0.95, 0.49)]    // 0.783 / 0.396, flags 1.000 / 0.526
    // Since AFP's "East London (AFP) -" is no London of England's (2026-12-07), two verdicts of one day that quote one
    // prosecutors' spokeswoman are read as one event, and their co-accused as one count: one false flag.
    [InlineData("ransomware-verdict", 0.62, 0.64, 0.90, 0.59)] // 0.680 / 0.680, flags 0.923 / 0.632
    [InlineData("quake-protests", 0.66, 0.66, 0.95, 0.58)]     // 0.704 / 0.691, flags 1.000 / 0.619
    [InlineData("crush-spill", 0.90, 0.40, 0.95, 0.45)]        // 0.936 / 0.427, flags 1.000 / 0.500
    [InlineData("poison-overrun", 0.81, 0.46, 0.90, 0.61)]     // 0.855 / 0.500, flags 0.938 / 0.652 ("dozens of others" in hospital against the next day's 104)
    [InlineData("cuts-strike", 0.69, 0.55, 0.95, 0.07)]        // 0.735 / 0.592, flags 1.000 / 0.091
    [InlineData("flood-vote", 0.80, 0.61, 0.95, 0.48)]         // 0.851 / 0.648, flags 1.000 / 0.522
    [InlineData("siege-blackout", 0.69, 0.68, 0.95, 0.50)]     // 0.734 / 0.723, flags 1.000 / 0.541
    [InlineData("outbreak-breach", 0.74, 0.75, 0.95, 0.48)]    // 0.779 / 0.791, flags 1.000 / 0.508 (a currency names no place, 2026-12-07)
    [InlineData("heat-rates", 0.70, 0.75, 0.95, 0.68)]         // 0.750 / 0.789, flags 1.000 / 0.722
    [InlineData("eruption-results", 0.86, 0.51, 0.95, 0.65)]   // 0.905 / 0.554, flags 1.000 / 0.690
    [InlineData("dam-airline", 0.81, 0.56, 0.85, 0.60)]        // 0.852 / 0.600, flags 0.926 / 0.641 ("at least 14" and 17 held to agree)
    [InlineData("retail-crash", 0.70, 0.67, 0.70, 0.32)]       // 0.743 / 0.716, flags 0.800 / 0.364 ("at least 19" and 21 held to agree)
    [InlineData("swap-recall", 0.54, 0.59, 0.95, 0.34)]        // 0.578 / 0.634, flags 1.000 / 0.379
    [InlineData("fine-bridge", 0.73, 0.48, 0.95, 0.29)]        // 0.774 / 0.522, flags 1.000 / 0.333
    [InlineData("abduction-inflation", 0.70, 0.60, 0.95, 0.25)] // 0.746 / 0.635, flags 1.000 / 0.281 (a currency names no place, 2026-12-07)
    [InlineData("tornado-takeover", 0.69, 0.81, 0.85, 0.70)]   // 0.729 / 0.850, flags 0.933 / 0.737 ("at least 11" and 13 held to agree)
    [InlineData("typhoon-merger", 0.69, 0.66, 0.75, 0.46)]     // 0.732 / 0.703, flags 0.842 / 0.500 (a toll that rose the next day held no conflict)
    [InlineData("wildfire-verdict", 0.73, 0.64, 0.74, 0.33)]   // 0.784 / 0.691, flags 0.760 / 0.345 (the next day's structures destroyed held no conflict; "nearly $1.4 billion" agrees with $1.375 billion)
    [InlineData("shooting-ipo", 0.49, 0.63, 0.95, 0.20)]       // 0.533 / 0.677, flags 1.000 / 0.232 (every floor held to disagree with another number)
    [InlineData("shipwreck-doctors", 0.47, 0.55, 0.90, 0.26)]  // 0.516 / 0.598, flags 0.952 / 0.294 (floors, ranges and vague counts held to disagree)
    [InlineData("bombing-pilots", 0.40, 0.68, 0.85, 0.32)]     // 0.438 / 0.724, flags 0.909 / 0.364 (a next day's updated toll held no conflict)
    [InlineData("blizzard-layoffs", 0.60, 0.84, 0.68, 0.20)]   // 0.637 / 0.878, flags 0.733 / 0.225 (a next day's updated toll held no conflict)
    public void TheLabelledFactsAndConflictsAreFoundAtTheRecordedLevels(string set, double precision, double recall, double flagPrecision, double flagRecall)
    {
        var (host, finder) = Linked(set);
        var labels = LinkingLabels.Load(Path.Combine(Unseen, set, "facts.json"));
        using var lookup = new ArticleLookup(host, Options.Create(new SearchOptions()));
        var paragraphs = labels.Facts.SelectMany(f => f.Passages).Select(p => p.Article).Distinct()
            .ToDictionary(id => id, id => (IReadOnlyList<(string, string)>)lookup.Find(id)!.Paragraphs.Select(p => (p.Anchor, p.Text)).ToList());
        var report = LinkingEvaluator.Evaluate(labels, paragraphs, finder.For);
        Assert.Empty(report.Unplaced);
        Assert.True(report.Conflicts.Precision >= flagPrecision, report.ToTable(5));
        Assert.True(report.Conflicts.Recall >= flagRecall, report.ToTable(5));
        Assert.True(report.Corroboration.Precision >= precision, report.ToTable(5));
        Assert.True(report.Corroboration.Recall >= recall, report.ToTable(5));
    }

    public void Dispose()
    {
        foreach (var opened in Enumerable.Reverse(_opened)) opened.Dispose();
        _folder.Dispose();
    }
}
