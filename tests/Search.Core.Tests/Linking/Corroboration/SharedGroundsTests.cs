using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>The grounds of a link as the page and the API show them.</summary>
public sealed class SharedGroundsTests
{
    [Fact]
    public void AReaderSeesTheCountTheWordsAndTheNamesNotTheWordsThatSayNothingAlone()
    {
        IReadOnlyList<string> shared = ["beheaded", "two", "2", "were", "Health", "Ministry of Health", "according", "Almaty"];
        Assert.Equal(["beheaded", "2", "Ministry of Health", "Almaty"], SharedGrounds.ForReaders(shared, 8));
        Assert.Equal(["beheaded", "2"], SharedGrounds.ForReaders(shared, 2));
        // A vague amount is no number beside digits: "dozens" stays.
        Assert.Equal(["dozens", "killed"], SharedGrounds.ForReaders(["dozens", "killed"], 8));
    }
}
