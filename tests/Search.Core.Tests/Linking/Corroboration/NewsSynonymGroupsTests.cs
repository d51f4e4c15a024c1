using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>Words that reports use for one thing are one group; a QA pass found "pupils" and "students" apart, so the side-by-side
/// view listed an outlet that wrote "students" as not mentioning "pupils".</summary>
public sealed class NewsSynonymGroupsTests : IDisposable
{
    private readonly EvenRarityReader _reading = new();

    public void Dispose() => _reading.Dispose();

    private string GroupOf(string word) => _reading.Synonyms.Group(Assert.Single(Stems.Of(_reading.Analyzer, word)));

    [Theory]
    [InlineData("pupils", "students")]
    [InlineData("schoolchildren", "pupil")]
    [InlineData("decapitated", "beheaded")]
    public void WordsOfOneThingAreOneGroup(string one, string other) => Assert.Equal(GroupOf(one), GroupOf(other));

    [Fact]
    public void OtherThingsAreOtherGroups() => Assert.NotEqual(GroupOf("students"), GroupOf("teachers"));
}
