using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A firm's job cuts and a strike's counts, as blind probe 74's reports wrote them: jobs are the firm's the sentence names,
/// strikers and stranded commuters are counted, and who said it is not whom a verb counts.
/// </summary>
public sealed class LabourCountsTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private static readonly Entity[] Carmaker = [new(EntityType.Organization, "Volkswagen", ["Volkswagen"])];

    private Figure Read(string sentence, params Entity[] entities) => Assert.Single(_reading.Reader.Read("s", sentence, entities, 2026).Figures);

    [Fact]
    public void JobsCutAreTheFirmsTheSentenceNames()
    {
        var cuts = Read("Volkswagen said it would cut about 3,000 jobs and close its plant.", Carmaker);
        Assert.Equal(("cut", "jobs at Volkswagen", "jobs cut at Volkswagen"), (cuts.Event, cuts.Subject!, cuts.Counted));
        Assert.True(cuts.Contradicts(Read("Volkswagen will eliminate 2,500 jobs in Germany.", Carmaker)));
        Assert.True(cuts.Contradicts(Read("The number of jobs to go at Volkswagen rose to 3,450.", Carmaker)));
        // Another firm's cuts are another count, and a sentence that names no firm says no one's.
        Entity[] steelmaker = [new(EntityType.Organization, "Thyssenkrupp", ["Thyssenkrupp"])];
        Assert.False(cuts.Contradicts(Read("Thyssenkrupp said it would cut 1,200 jobs at its Duisburg works.", steelmaker)));
        Assert.Null(Read("The company said it would cut 1,200 jobs.").Subject);
    }

    [Fact]
    public void OneFirmNamedInFullAndShortIsOneFirm()
    {
        // Probe 74's carmaker was "Vorland Automobile" to one outlet and "Vorland" to another, and its cuts two firms' counts.
        Entity[] full = [new(EntityType.Organization, "Vorland Automobile", ["Vorland Automobile"])];
        Entity[] shortName = [new(EntityType.Organization, "Vorland", ["Vorland"])];
        Entity[] other = [new(EntityType.Organization, "Vorlander Bank", ["Vorlander Bank"])];
        var cuts = Read("Vorland Automobile said it would cut about 3,000 jobs.", full);
        Assert.True(cuts.Contradicts(Read("Vorland will eliminate 2,800 jobs in Germany.", shortName)));
        Assert.False(cuts.Contradicts(Read("Vorland will axe some 3,000 jobs.", shortName)));
        Assert.False(cuts.Contradicts(Read("Vorlander Bank will cut 1,200 jobs.", other)));
    }

    [Theory]
    [InlineData("About 12,000 workers joined the nationwide stoppage, the union said.", "More than 14,500 railway employees are now taking part in the walkout.")]
    [InlineData("About 12,000 workers joined the nationwide stoppage, the union said.", "More than 13,000 railway employees are now taking part in the walkout.")]
    [InlineData("The strike halted trains, stranding about 250,000 passengers.", "At least 320,000 passengers were stranded on Monday.")]
    [InlineData("Police arrested two dozen picketers at the depot.", "Police said 31 picketers had now been detained.")]
    [InlineData("The chipmaker said it would close two plants.", "The chipmaker will shut three sites.")]
    [InlineData("The airline carried 63.4 million passengers, also a record.", "A total of 62m passengers flew with the airline last year.")]
    public void StrikersStrandedAndPicketersArrestedThatDifferDisagree(string ours, string theirs) =>
        Assert.True(Read(ours).Contradicts(Read(theirs)));

    [Fact]
    public void AFlagNamesWhatItCountsAsAReaderSaysIt()
    {
        // The page and the API say what two outlets count differently: "people struck" read as people hit.
        Assert.Equal("people on strike", Read("Some 11,500 workers walked out on Monday.").Counted);
        Assert.Equal("people stranded", Read("At least 320,000 passengers were stranded on Monday.").Counted);
        Assert.Equal("km of coastline reached", Read("The oil now stretched along 72 kilometres of coastline.").Counted);
    }

    [Fact]
    public void WhoSaidItIsNotWhomTheVerbCounts() =>
        // "Police" after the comma is the speaker; it was read as 24 police arrested.
        Assert.Null(Read("Officers arrested 24 at the depot, Dhaka Metropolitan Police spokesman Mohammad Hossain said.").Subject);
}
