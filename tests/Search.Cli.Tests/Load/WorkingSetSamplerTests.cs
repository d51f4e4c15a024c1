using Search.Cli.Load;

namespace Search.Cli.Tests.Load;

public sealed class WorkingSetSamplerTests
{
    [Fact]
    public void ReadsTheKilobytesOfAProcStatusLine() =>
        Assert.Equal(123456, WorkingSetSampler.ParseKilobytes("VmRSS:\t  123456 kB"));

    [Fact]
    public void ReadsThisProcessesResidentSetAndNothingForAProcessThatIsGone()
    {
        Assert.InRange(WorkingSetSampler.Read(Environment.ProcessId) ?? 0, 1L << 20, long.MaxValue);
        Assert.Null(WorkingSetSampler.Read(int.MaxValue));
    }
}
