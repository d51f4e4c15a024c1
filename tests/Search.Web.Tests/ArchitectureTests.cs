using Search.Core.Indexing;

namespace Search.Web.Tests;

public class ArchitectureTests
{
    [Fact]
    public void TheWebProjectDoesNotTalkToLucene()
    {
        string web = Path.Combine(RepositoryPaths.FindRoot(AppContext.BaseDirectory)!, "src", "Search.Web");
        var offenders = Directory.EnumerateFiles(web, "*.cs*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => File.ReadAllText(f).Contains("Lucene.Net"));
        Assert.Empty(offenders);
    }
}
