using FsCheck;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// How long the fuzz properties run: a bounded number of cases in the test command, and as many as
/// <c>FUZZ_RUNS</c> says for a deeper run (<c>FUZZ_RUNS=100000 dotnet test tests/Search.Core.Tests --filter Fuzz</c>).
/// </summary>
internal static class FuzzRuns
{
    public static Config Config(int quick) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(int.TryParse(Environment.GetEnvironmentVariable("FUZZ_RUNS"), out int runs) && runs > 0 ? runs : quick);
}
