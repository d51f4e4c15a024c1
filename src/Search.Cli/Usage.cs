namespace Search.Cli;

/// <summary>The indexer's help text.</summary>
internal static class Usage
{
    public const string Text = """
        Usage:
          search index  [--from <articles folder>] [--to <index folder>]
              Builds or updates the index from the article files (*.txt) of a folder: new articles are
              added, changed ones replaced, unchanged ones skipped; files that cannot be read are
              reported with file and line and skipped. Defaults: the repository's seeds/ and index/.
          search search <query> [--index <index folder>] [--size <n>]
              Runs a query against the index and prints the ranked hits.
        """;

    public static int Print(TextWriter writer, int exitCode, string? problem = null)
    {
        if (problem != null) writer.WriteLine(problem);
        writer.WriteLine(Text);
        return exitCode;
    }

    /// <summary>Reads "--name value" options; anything else is a positional argument.</summary>
    public static (Dictionary<string, string> Options, List<string> Positional, string? Problem) Parse(string[] args, params string[] known)
    {
        var options = new Dictionary<string, string>();
        var positional = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            string name = args[i][2..];
            if (!known.Contains(name)) return (options, positional, $"Unknown option '--{name}'.");
            if (i + 1 >= args.Length) return (options, positional, $"Option '--{name}' needs a value.");
            options[name] = args[++i];
        }
        return (options, positional, null);
    }
}
