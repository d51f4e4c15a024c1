using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>A linked sentence is quoted under every passage that links to it: a text with no sentence ends was quoted whole (40 KB of a README).</summary>
public sealed class QuotedSentenceTests
{
    [Fact]
    public void ASentenceIsQuotedWholeUpToItsBoundAndCutAtAWordBeyondIt()
    {
        const string sentence = "At least 13 law enforcement officials were killed in Almaty.";
        Assert.Same(sentence, CorroborationFinder.Quoted(sentence));

        string run = string.Join(' ', Enumerable.Repeat("word", 2_000));
        string quoted = CorroborationFinder.Quoted(run);
        Assert.True(quoted.Length <= CorroborationFinder.MaxQuoted + 1);
        Assert.EndsWith("word…", quoted);

        string unbroken = new('x', 5_000);
        Assert.Equal(CorroborationFinder.MaxQuoted + 1, CorroborationFinder.Quoted(unbroken).Length);
    }
}
