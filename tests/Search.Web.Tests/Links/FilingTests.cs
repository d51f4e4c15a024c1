using Search.Web.Links;

namespace Search.Web.Tests.Links;

public sealed class FilingTests
{
    [Fact]
    public void RepeatsAreNamedByDayInOrderOfPublicationAndNumberedWithinADay()
    {
        var copies = new (string Id, DateOnly? Day)[] { ("c", new DateOnly(1987, 3, 19)), ("x", null), ("a", new DateOnly(1987, 3, 17)), ("b", new DateOnly(1987, 3, 17)) };
        var ordered = Filing.InOrder(copies, c => c.Day);
        Assert.Equal(["a", "b", "c", "x"], ordered.Select(c => c.Id));
        Assert.Equal(["17 March 1987", "17 March 1987 (2)", "19 March 1987", "another filing"], Filing.Names(ordered.Select(c => c.Day)));
    }
}
