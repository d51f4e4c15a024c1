using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Search.Cli.Tests;

/// <summary>Reads what an index folder holds, as a test sees it from outside the indexer.</summary>
internal static class IndexFolder
{
    /// <summary>The live articles' ids of the last commit (duplicates kept, so a test can look for them).</summary>
    public static List<string> Ids(string indexPath)
    {
        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        // Article documents have an id; the passage documents beside them carry their article's id in another field.
        return Enumerable.Range(0, reader.MaxDoc).Where(d => live == null || live.Get(d)).Select(d => reader.Document(d).Get("id")).OfType<string>().ToList();
    }

    /// <summary>A JSON Lines file of <paramref name="count"/> small articles whose ids start with <paramref name="prefix"/>.</summary>
    public static string WriteArticles(string path, int count, string prefix = "a", string variant = "")
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path);
        for (int i = 0; i < count; i++)
            writer.WriteLine($$"""{"id":"{{prefix}}{{i}}","title":"Story {{i}} {{variant}}","body":"Police in Almaty said on Thursday that {{i}} people were detained {{variant}}.\n\nThe ministry said troops from the CSTO had arrived in the city to guard airports and offices.","date":"2022-01-{{1 + i % 28:00}}","source":"AFP"}""");
        return path;
    }
}
