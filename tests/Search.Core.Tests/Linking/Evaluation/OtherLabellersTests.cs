using Search.Core.Linking.Evaluation;

namespace Search.Core.Tests.Linking.Evaluation;

/// <summary>
/// Labels written by someone else, by hand: quotes copied with what copying changes, articles named by their files, and
/// fields left out. Each quote still finds its paragraph, or the file is refused with the entry named.
/// </summary>
public class OtherLabellersTests
{
    private static readonly Dictionary<string, IReadOnlyList<(string Anchor, string Text)>> Paragraphs = new()
    {
        ["a"] = [("p-1", "The flood – the worst in years – killed “twelve” miners."), ("p-2", "Rescuers worked through the night.\nThe pit had been closed in May.")],
    };

    [Theory]
    [InlineData("the worst in years", "p-1")]
    [InlineData("The flood - the worst in years - killed", "p-1")] // hyphens for the en dashes
    [InlineData("killed \"twelve\" miners", "p-1")] // straight quotes for curly ones
    [InlineData("THE WORST IN YEARS", "p-1")]
    [InlineData("through the  night.", "p-2")]
    [InlineData("killed “twelve” miners.\nRescuers worked", "p-1")] // across a paragraph break, placed by its longer part
    public void AQuoteFindsItsParagraphDespiteWhatCopyingChanged(string quote, string anchor) =>
        Assert.Equal(("a", anchor), LinkingEvaluator.PlaceQuote(Paragraphs, new LabelledQuote("a", quote)));

    [Theory]
    [InlineData("drowned")]
    [InlineData("   ")]
    public void AQuoteNotInTheArticleIsNotPlaced(string quote) =>
        Assert.Null(LinkingEvaluator.PlaceQuote(Paragraphs, new LabelledQuote("a", quote)));

    [Theory]
    [InlineData("seeds/000_f93588ad3d61e761.txt", "000_f93588ad3d61e761")]
    [InlineData(@"seeds\000_f93588ad3d61e761.txt", "000_f93588ad3d61e761")]
    [InlineData("000_f93588ad3d61e761", "000_f93588ad3d61e761")]
    public void AnArticleNamedByItsFileGivesItsId(string named, string id) => Assert.Equal(id, LinkingLabels.FileStem(named));

    [Fact]
    public void RenamingReachesEveryQuote()
    {
        var quote = new LabelledQuote("a.txt", "q");
        var labels = new LinkingLabels([new("f", "s", [quote])], [new("c", "n", quote, quote)], [new("g", "n", quote, quote)]);
        var renamed = labels.Renamed(LinkingLabels.FileStem);
        var articles = renamed.Facts.SelectMany(f => f.Passages).Concat(renamed.Conflicts.Concat(renamed.Agreements).SelectMany(p => new[] { p.A, p.B }))
            .Select(q => q.Article);
        Assert.All(articles, a => Assert.Equal("a", a));
    }

    [Theory]
    [InlineData("""{"facts":[{"id":"dead","passages":[{"article":"a"}]}],"conflicts":[],"agreements":[]}""", "fact dead")]
    [InlineData("""{"facts":[{"id":"a","passages":[]},null]}""", "fact number 2")]
    [InlineData("""{"facts":[],"conflicts":[{"id":"count","a":{"article":"a","quote":"q"}}]}""", "conflict count")]
    [InlineData("""{"facts":[],"agreements":[null]}""", "agreement number 1")]
    [InlineData("""{"conflicts":[]}""", "no facts")]
    [InlineData("null", "empty")]
    public void ALabelFileWithAPassageLeftOutIsRefusedNamingTheEntry(string json, string named) => WithFile(json, path =>
    {
        var error = Assert.Throws<InvalidDataException>(() => LinkingLabels.Load(path));
        Assert.StartsWith(path + ": ", error.Message);
        Assert.Contains(named, error.Message);
    });

    [Fact]
    public void OnlyFactsAndTheirPassagesAreNeeded() => WithFile("""{"facts":[{"passages":[{"article":"a","quote":"q"}]},{"id":"x","passages":[]}]}""", path =>
    {
        var labels = LinkingLabels.Load(path);
        Assert.Equal(["fact 1", "x"], labels.Facts.Select(f => f.Id));
        Assert.Empty(labels.Conflicts);
        Assert.Empty(labels.Agreements);
    });

    private static void WithFile(string json, Action<string> test)
    {
        string path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        try { test(path); }
        finally { File.Delete(path); }
    }
}
