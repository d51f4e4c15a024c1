namespace Search.Core.Tests.Ingestion;

/// <summary>A temporary folder for one test's input files, deleted with the test.</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("search-ingestion-");

    public string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Write(string name, string utf8Text) => Write(name, System.Text.Encoding.UTF8.GetBytes(utf8Text));

    public void Dispose() => _folder.Delete(recursive: true);
}
