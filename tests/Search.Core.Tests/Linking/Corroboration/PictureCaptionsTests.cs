using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A caption that describes its picture is no report of a fact: the seeds' "Protesters participate in a rally … on January 5,
/// 2022" was linked to nine paragraphs of the other outlets, and no labelling of the seeds counts it in a fact.
/// </summary>
public class PictureCaptionsTests
{
    [Theory]
    [InlineData("Protesters participate in a rally for an increase in energy prices in Almaty on January 5, 2022.")]
    [InlineData("Security forces are seen in Kazakhstan as protests continued until Thursday.\nProtesters gather in front of the police line during a protest in Almaty, Kazakhstan, on January 5.")]
    [InlineData("A man is pictured outside the burned city hall in Almaty.")]
    public void ACaptionInThePresentTenseOfItsPictureIsNoFact(string paragraph)
    {
        Assert.True(PictureCaptions.Describes(paragraph));
        Assert.True(CorroborationFinder.NotAFact(paragraph));
    }

    [Theory]
    [InlineData("Protesters gathered in Almaty on January 5 to demand lower fuel prices, police said.")]
    [InlineData("Russian paratroopers were sent into the country as part of a peacekeeping force.")]
    [InlineData("The state news channel said 13 police were killed and another 353 wounded in the clashes.")]
    [InlineData("Protesters participate in a rally in Almaty on January 5, 2022.\nThe state news channel said 13 police were killed.")]
    [InlineData("The deal is seen as a boost for exporters.")]
    [InlineData("The committee holds its next meeting on March 3.")]
    public void AReportInThePastTenseOrBesideACaptionIsAFact(string paragraph)
    {
        Assert.False(PictureCaptions.Describes(paragraph));
        Assert.False(CorroborationFinder.NotAFact(paragraph));
    }
}
