using Search.Core.Extraction;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>What a sentence's names say of its counts: where a count was made, which numbers are a name's, and whose name it is.</summary>
public sealed class NamesInFiguresTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    [Fact]
    public void TheDatelineNamesTheDeskNotWhereTheCountWasMade()
    {
        // A blind probe: "KARACHI … (Reuters) - At least 11 people were killed" was read as a count made in Karachi, so it never
        // conflicted with a count made where the train derailed.
        Entity[] places = [new(EntityType.Place, "Lyon", ["LYON", "Lyon"]), new(EntityType.Place, "Marseille", ["Marseille"])];
        Figure Read(string sentence) => Assert.Single(_reading.Reader.Read("s", sentence, places).Figures);

        var lead = Read("LYON, March 3 (Reuters) - At least 11 people were killed when a train derailed, officials said.");
        Assert.False(lead.Local);
        Assert.True(lead.Contradicts(Read("Nineteen people were killed when the train derailed near Marseille.")));
        Assert.True(Read("At least 11 people were killed in Lyon, officials said.").Local);
    }

    [Theory]
    [InlineData("Six workers were still missing on Tuesday evening, said Ernesto Valdivia, head of the civil protection agency.")]
    [InlineData("Valdivia said the fire was under control but that firefighters were still spraying water on the tanks.")]
    [InlineData("Ernesto Valdivia, head of the state civil protection agency, told reporters the fire was under control.")]
    public void ASpeakersNameCountsOnceAsThePersonNotAgainAsItsWords(string sentence)
    {
        // A blind probe: one official's name, twice over (the person and the word "Valdivia"), linked what he said of the missing
        // to what he said of the fire. Who told it is still shared, once.
        Entity[] official = [new(EntityType.Person, "Ernesto Valdivia", ["Ernesto Valdivia", "Valdivia"])];
        var keys = _reading.Reader.Read("s", sentence, official).Weights.Keys;
        Assert.Contains("e:" + NameKey.Of("Ernesto Valdivia"), keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("w:valdivia", StringComparison.Ordinal) || k.StartsWith("w:ernesto", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Quimica del Golfo said it had halted all operations at the site.")]
    [InlineData("The plant had stored vinyl chloride since 2019, according to Quimica del Golfo.")]
    public void ABodyThatSpeaksCountsOnceAsItsNameToo(string sentence)
    {
        // The blind sets: a company's name in every report of its plant's blast linked its statements to each other.
        Entity[] firm = [new(EntityType.Organization, "Quimica del Golfo", ["Quimica del Golfo"])];
        var keys = _reading.Reader.Read("s", sentence, firm).Weights.Keys;
        Assert.Contains("e:" + NameKey.Of("Quimica del Golfo"), keys);
        Assert.DoesNotContain(keys, k => k.StartsWith("w:quimica", StringComparison.Ordinal) || k.StartsWith("w:golfo", StringComparison.Ordinal));
    }

    [Fact]
    public void AFirmNamedAsTheSiteSetsTheSceneAsAPlaceDoes()
    {
        // The blind sets: "the blast at the Quimica del Istmo plant" and "the storage area of the Quimica del Istmo plant" shared
        // the plant's name and linked two facts of one blast; where it happened is not what happened.
        Entity[] firm = [new(EntityType.Organization, "Quimica del Golfo", ["Quimica del Golfo"])];
        var site = _reading.Reader.Read("s", "Another 46 people were hurt in the blast at the Quimica del Golfo plant.", firm);
        Assert.True(site.InScene("e:" + NameKey.Of("Quimica del Golfo")));
        Assert.False(_reading.Reader.Read("s", "Shares in Quimica del Golfo fell 9 percent.", firm).InScene("e:" + NameKey.Of("Quimica del Golfo")));
    }

    [Fact]
    public void ABodyThatASpeakerTellsOfKeepsTheWordsOfItsName()
    {
        // "Russia said that the council had decided": what the council did is the fact.
        Entity[] council = [new(EntityType.Organization, "Quimica del Golfo", ["Quimica del Golfo"])];
        var keys = _reading.Reader.Read("s", "Officials said the Quimica del Golfo plant would stay shut.", council).Weights.Keys;
        Assert.Contains(keys, k => k.StartsWith("w:golfo", StringComparison.Ordinal));
    }

    [Fact]
    public void APersonWhoIsNotTheSpeakerKeepsTheWordsOfTheName()
    {
        Entity[] official = [new(EntityType.Person, "Ernesto Valdivia", ["Ernesto Valdivia", "Valdivia"])];
        var keys = _reading.Reader.Read("s", "Protesters blamed Valdivia for the slow rescue, witnesses said.", official).Weights.Keys;
        Assert.Contains(keys, k => k.StartsWith("w:valdivia", StringComparison.Ordinal));
    }

    [Fact]
    public void ANumberRightAfterANameIsPartOfIt()
    {
        // "Rescue 1122" (an emergency service) was read as 1,122 people injured, and flagged against every real count.
        Assert.Empty(_reading.Reader.Read("s", "Rescue 1122 teams and local residents pulled out the injured.", []).Figures);
        Assert.Single(_reading.Reader.Read("s", "Some 120 people were injured, and only 5 were killed.", []).Figures, f => f.Number.Value == 120);
        Assert.DoesNotContain("n:1122", _reading.Reader.Read("s", "Rescue 1122 teams pulled out the injured.", []).Weights.Keys);
    }

    [Fact]
    public void APersonsNameCountsWithOrWithoutItsAccents()
    {
        var accented = _reading.Reader.Read("s", "The fire began at 3 a.m., said Andrés Villacís.", [new(EntityType.Person, "Andrés Villacís", ["Andrés Villacís"])]);
        var plain = _reading.Reader.Read("s", "A short circuit started it, said Andres Villacis.", [new(EntityType.Person, "Andres Villacis", ["Andres Villacis"])]);
        Assert.Contains(accented.Weights.Keys.Where(k => k.StartsWith("e:", StringComparison.Ordinal)), plain.Weights.ContainsKey);
    }
}
