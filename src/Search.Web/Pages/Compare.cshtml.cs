using Search.Core.Linking.Coverage;
using Search.Core.Search;

namespace Search.Web.Pages;

/// <summary>The coverage side by side: for a query, each outlet's best passage with its date and link, and the outlets that do not mention it.</summary>
public sealed class CompareModel(CoverageComparison coverage, ArticleSearcher articles) : QueryPageModel<Coverage>(articles)
{
    protected override Coverage Run(SearchRequest request) => coverage.Compare(request);

    protected override NotTakenParameters NotTaken => NotTakenParameters.Compare;
}
