using Search.Core.Search;
using Search.Web.Links;

namespace Search.Web.Tests.Links;

public sealed class SearchPageLinksTests
{
    [Fact]
    public void ANotChipRemovesTheExclusionAloneWhenItsValueIsAlsoChosen()
    {
        // person=X&exclude.person=X (typed, or from the API): removing "not X" removed X as well.
        var request = new SearchRequest
        {
            Query = "troops",
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Nikol Pashinyan"] },
            Exclusions = new Dictionary<string, IReadOnlyList<string>> { ["person"] = ["Nikol Pashinyan"] },
        };
        var chips = new SearchPageLinks(request).Chips();

        Assert.Equal(["People: Nikol Pashinyan", "People: not Nikol Pashinyan"], chips.Select(c => c.Label));
        Assert.Equal("/?q=troops&exclude.person=Nikol%20Pashinyan", chips[0].Remove);
        Assert.Equal("/?q=troops&person=Nikol%20Pashinyan", chips[1].Remove);
    }
}
