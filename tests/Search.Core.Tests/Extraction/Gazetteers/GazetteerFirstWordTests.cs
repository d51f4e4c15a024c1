using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>
/// Matching tries a word's spans only up to <see cref="Gazetteer.LongestNameStartingWith(ReadOnlySpan{char})"/>
/// words, so that bound must cover every span <see cref="Gazetteer.Find(ReadOnlySpan{char}, int?)"/> matches.
/// </summary>
public class GazetteerFirstWordTests
{
    [Fact]
    public void ALowerCaseWordOpensOnlyNamesWrittenInLowerCase()
    {
        var gazetteer = Seeds.Gazetteer;
        Assert.True(gazetteer.LongestNameStartingWith("New") >= 2);   // New York
        Assert.Equal(0, gazetteer.LongestNameStartingWith("new"));    // "new york" names nothing: Find wants the capital
        Assert.Null(gazetteer.Find("new york"));
        Assert.Equal(1, gazetteer.LongestNameStartingWith("dpa"));    // an alias written in lower case
        Assert.NotNull(gazetteer.Find("dpa"));
    }

    [Theory]
    [InlineData("the new york times and the bank of japan said dpa and reuters reported from new york")]
    [InlineData("The New York Times and the Bank of Japan said DPA and Reuters reported from New York")]
    [InlineData("THE NEW YORK TIMES AND THE BANK OF JAPAN SAID DPA AND REUTERS REPORTED FROM NEW YORK")]
    public void TheBoundCoversEverySpanFindMatches(string text)
    {
        var gazetteer = Seeds.Gazetteer;
        string[] words = text.Split(' ');
        for (int i = 0; i < words.Length; i++)
        {
            int bound = gazetteer.LongestNameStartingWith(words[i]);
            for (int length = 1; i + length <= words.Length; length++)
                if (gazetteer.Find(string.Join(' ', words[i..(i + length)])) != null)
                    Assert.True(length <= bound, $"\"{string.Join(' ', words[i..(i + length)])}\" matches beyond the bound {bound}");
        }
    }
}
