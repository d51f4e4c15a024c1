using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>A QA pass found "the Camp Fire killed 85 people" flagged against "the 2018 Carr fire … killed eight people".</summary>
public class NamedEventsTests
{
    [Theory]
    [InlineData("In 2018, the Camp Fire killed 85 people and razed the town of Paradise.", "Residents still remember the 2018 Carr fire, which killed eight people.")]
    [InlineData("Typhoon Gaemi killed eight people last year.", "The death toll from Typhoon Hilda rose to 14.")]
    public void TwoEventsNamedApartDiffer(string ours, string theirs) => Assert.True(NamedEvents.Differ(ours, theirs));

    [Theory]
    [InlineData("The Ridgeback Fire has destroyed 60 buildings.", "The Ridgeback fire has destroyed at least 85 structures.")]
    [InlineData("The death toll from Typhoon Hilda rose to 14.", "Typhoon Hilda killed eight people in Luzon.")]
    // One sentence names no event: it may tell of either.
    [InlineData("The fire has destroyed 60 buildings.", "The Ridgeback Fire has destroyed at least 85 structures.")]
    // Capitals that open a sentence or name a body are no event's name.
    [InlineData("The Fire Department said 12 people were hurt.", "Police said nine people were hurt in the Ridgeback Fire.")]
    [InlineData("The Almaty fire department said 12 people were hurt.", "Police said nine people were hurt in the Ridgeback Fire.")]
    public void OneEventOrOneUnnamedDoNot(string ours, string theirs) => Assert.False(NamedEvents.Differ(ours, theirs));
}
