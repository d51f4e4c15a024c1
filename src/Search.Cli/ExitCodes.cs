namespace Search.Cli;

/// <summary>The command line's exit codes, documented in README and in <c>--help</c>.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked was done.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs could not be read and were skipped (each reported as <c>path:line: problem</c>); the rest was indexed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>The command line was wrong: an unknown option, a missing value.</summary>
    public const int Usage = 2;

    /// <summary>Another indexer is writing to the index; nothing was changed.</summary>
    public const int IndexBusy = 3;

    /// <summary>The index cannot be opened or written (damaged, not an index, no permission); nothing was changed.</summary>
    public const int IndexUnusable = 4;

    /// <summary><c>load</c>: some requests failed, an indexed article was missing or stale afterwards, or the site could not be measured.</summary>
    public const int LoadProblems = 5;

    /// <summary>Stopped by Ctrl+C; what was done before is committed.</summary>
    public const int Cancelled = 130;

    public const string Help = """
        Exit codes: 0 done; 1 some inputs failed and were skipped (the rest was indexed); 2 bad command line;
        3 another indexer is writing to the index; 4 the index cannot be opened or written; 5 (load) errors or lost
        articles under load; 130 stopped by Ctrl+C.
        """;
}
