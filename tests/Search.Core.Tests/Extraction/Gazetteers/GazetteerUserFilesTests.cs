using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction.Gazetteers;

public sealed class GazetteerUserFilesTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"user-gazetteer-{Guid.NewGuid():N}.tsv");

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void AUserFileAddsEntitiesWithAliasesTransliterationsAndCountryWithoutRecompiling()
    {
        File.WriteAllText(_file, "# a user's own entities\norg\tAcme Widgets Cooperative\tAWC|Akme Vidzhets\t\tKazakhstan\nplace\tZhetysu\tJetisu|Zhetisu\t\tKazakhstan\n");
        var gazetteer = Gazetteer.Load(new GazetteerOptions { Files = [_file] });
        Assert.Equal("Acme Widgets Cooperative", gazetteer.Find("Akme Vidzhets")?.Name);
        Assert.Equal("Kazakhstan", gazetteer.Find("Jetisu")?.Country);
        Assert.NotNull(gazetteer.Find("Almaty")); // the shipped gazetteer is still there

        var places = new EntityRecognizer(gazetteer).Recognize(["Floods hit Jetisu on Monday."]).Select(e => e.Name);
        Assert.Equal(["Zhetysu", "Kazakhstan"], places);
    }

    [Fact]
    public void AUserEntryWinsOverTheShippedOneForASharedName()
    {
        File.WriteAllText(_file, "org\tEuropean Commission\tEC\t\t\n");
        var gazetteer = Gazetteer.Load(new GazetteerOptions { Files = [_file] });
        Assert.Equal("European Commission", gazetteer.Find("EC")?.Name);
    }

    [Fact]
    public void AMissingOrMalformedFileIsAnErrorNamingIt()
    {
        Assert.Contains("nowhere.tsv", Assert.Throws<FileNotFoundException>(() => Gazetteer.Load(new GazetteerOptions { Files = ["/nowhere.tsv"] })).Message);
        File.WriteAllText(_file, "thing\tWhatever\n");
        Assert.Contains($"{_file}:1", Assert.Throws<FormatException>(() => Gazetteer.Load(new GazetteerOptions { Files = [_file] })).Message);
    }
}
