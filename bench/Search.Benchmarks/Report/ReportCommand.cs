namespace Search.Benchmarks.Report;

internal static class ReportCommand
{
    public static int Run(string raw, string docs, TextWriter output) => 0;
}
