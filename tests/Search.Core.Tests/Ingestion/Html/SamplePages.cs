namespace Search.Core.Tests.Ingestion.Html;

/// <summary>The hand-written news pages in <c>Pages/</c>, each with its gold article text (one paragraph a line) beside it.</summary>
internal static class SamplePages
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Ingestion", "Html", "Pages");

    public static IReadOnlyList<string> Names =>
        Directory.GetFiles(Folder, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static string PathOf(string name) => Path.Combine(Folder, name + ".html");

    public static IReadOnlyList<string> Gold(string name) =>
        File.ReadAllLines(Path.Combine(Folder, name + ".txt")).Where(l => l.Trim().Length > 0).ToList();
}
