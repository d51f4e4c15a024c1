using Search.Core.Ingestion.Text;

namespace Search.Core.Tests.Ingestion.Text;

/// <summary>Issue 13: photo captions and credits are recognised, so they are kept out of titles, leads and by-lines and rank low as snippets.</summary>
public class PhotoCaptionTests
{
    [Theory]
    [InlineData("Russian troops board a plane at a military airfield | Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE")]
    [InlineData("Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE")]
    [InlineData("Protesters gather in Almaty on January 5. (Photo by Jane Doe/AFP via Getty Images)")]
    [InlineData("Getty Images")]
    [InlineData("President Biden speaks at the White House. REUTERS/Kevin Lamarque")]
    [InlineData("A man walks past a shop. AP Photo/Evan Vucci")]
    [InlineData("File photo: The central bank building in Moscow.")]
    public void RecognisesACaptionOrCredit(string paragraph)
    {
        Assert.True(PhotoCaption.IsCaptionOrCredit(paragraph));
    }

    [Theory]
    [InlineData("A Reuters/Ipsos poll found that 40 percent of Americans approve.")]
    [InlineData("Approval stood at 40 percent in a Reuters/Ipsos poll.")]
    [InlineData("The photographer said she took the photo by the river at dawn.")]
    [InlineData("Police said Thursday they killed dozens of protesters in Almaty.")]
    public void LeavesStoryTextAlone(string paragraph)
    {
        Assert.False(PhotoCaption.IsCaptionOrCredit(paragraph));
    }

    [Fact]
    public void FindsWhereTheCreditStarts()
    {
        const string caption = "Troops board a plane | Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE";
        Assert.Equal(caption.IndexOf('|'), PhotoCaption.CreditStart(caption));
        Assert.Equal(-1, PhotoCaption.CreditStart("Troops board a plane."));
    }
}
