using Search.Core.Extraction;

namespace Search.Core.Tests.Extraction;

/// <summary>Issue 13: the per-word gazetteer look-ups allocate nothing, and the span key is the string key.</summary>
public class GazetteerLookupCostTests
{
    private static readonly string[] Text =
        "The Bank of Japan said on Tuesday that U.S. Treasury officials met Kassym-Jomart Tokayev in New York and Washington".Split(' ');

    [Fact]
    public void LooksUpEveryWordOfATextWithoutAllocating()
    {
        var gazetteer = Seeds.Gazetteer;
        foreach (string word in Text) gazetteer.LongestNameStartingWith(word.AsSpan()); // warm-up: JIT and lazy statics allocate once
        long before = GC.GetAllocatedBytesForCurrentThread();
        int found = 0;
        foreach (string word in Text) found += gazetteer.LongestNameStartingWith(word.AsSpan());
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 0);
    }

    [Fact]
    public void TriesSpansThatNameNothingWithoutAllocating()
    {
        var gazetteer = Seeds.Gazetteer;
        const string text = "said on Tuesday that officials met";
        // Every run of whole words, as matching tries them.
        var starts = Enumerable.Range(0, text.Length).Where(i => i == 0 || text[i - 1] == ' ').ToList();
        var ends = Enumerable.Range(1, text.Length).Where(i => i == text.Length || text[i] == ' ').ToList();
        var spans = starts.SelectMany(s => ends.Where(e => e > s).Select(e => (Start: s, Length: e - s))).ToList();
        gazetteer.Find(text.AsSpan(0, 7));
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var (start, length) in spans) Assert.Null(gazetteer.Find(text.AsSpan(start, length)));
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("Kassym-Jomart  Tokayev")]
    [InlineData("U.S. Food and Drug Administration")]
    [InlineData("People’s Daily")]
    [InlineData("Zürich")]
    [InlineData(" New   York ")]
    [InlineData("International Coffee Organisation")]
    [InlineData("Organisation")]
    [InlineData("Privatisation Organisation")]
    public void WritesTheSameKeyAsTheStringForm(string name)
    {
        Span<char> key = stackalloc char[64];
        int length = NameKey.Write(name, key);
        if (length < 0) Assert.Contains(name, c => c > 127 && c != '’'); // only letters beyond ASCII need the string form
        else Assert.Equal(NameKey.Of(name), key[..length].ToString());
    }

    [Theory]
    [InlineData("International Coffee Organisation")] // Reuters writes it both ways; the gazetteer lists one
    [InlineData("Organisation for Economic Co-operation and Development")]
    public void ABritishSpellingOfANameFindsItsEntry(string written)
    {
        var gazetteer = Gazetteer.LoadDefault();
        var entry = Assert.IsType<GazetteerEntry>(gazetteer.Find(written));
        Assert.Equal(entry, gazetteer.Find(written.Replace("isation", "ization", StringComparison.Ordinal)));
        Assert.Equal(gazetteer.LongestNameStartingWith(written.Split(' ')[0].Replace("isation", "ization", StringComparison.Ordinal)),
            gazetteer.LongestNameStartingWith(written.Split(' ')[0]));
        var found = new EntityRecognizer(gazetteer).Recognize([$"Delegates of the {written} met in London on Monday."]);
        Assert.Contains(found, e => e.Name == entry.Name);
    }
}
