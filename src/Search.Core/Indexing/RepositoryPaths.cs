namespace Search.Core.Indexing;

/// <summary>Resolves configured folders: relative paths count from the repository root (the folder holding Search.sln).</summary>
public static class RepositoryPaths
{
    /// <summary>The nearest folder at or above <paramref name="start"/> that holds Search.sln, or null.</summary>
    public static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Search.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>An absolute path for a configured folder: the working directory's repository first, then the program's.</summary>
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
        string root = FindRoot(Directory.GetCurrentDirectory()) ?? FindRoot(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, path));
    }
}
