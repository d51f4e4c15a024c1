using Search.Core.Indexing.Writer;

namespace Search.Core.Tests.Indexing.Writer;

public sealed class WriterThreadsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void RunsEveryPostedWriteOnceAndDrainWaitsForThem(int threads)
    {
        var done = new int[1_000];
        using var writers = new WriterThreads(threads);
        for (int i = 0; i < done.Length; i++)
        {
            int n = i;
            writers.Post(() => Interlocked.Increment(ref done[n]));
        }
        writers.Drain();
        Assert.All(done, count => Assert.Equal(1, count));
    }

    [Fact]
    public void SeveralThreadsRunTheWritesOffTheCallersThread()
    {
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();
        using var writers = new WriterThreads(2);
        for (int i = 0; i < 200; i++) writers.Post(() => seen[Environment.CurrentManagedThreadId] = true);
        writers.Drain();
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, seen.Keys);
    }

    [Fact]
    public void OneThreadRunsEachWriteAtOnceOnTheCallersThread()
    {
        int ranOn = 0;
        using var writers = new WriterThreads(1);
        writers.Post(() => ranOn = Environment.CurrentManagedThreadId);
        Assert.Equal(Environment.CurrentManagedThreadId, ranOn);
    }

    [Fact]
    public void AFailedWriteIsThrownToTheCallerAndStopsTheRest()
    {
        int after = 0;
        var writers = new WriterThreads(2);
        writers.Post(() => throw new InvalidOperationException("disk full"));
        var failure = Assert.Throws<InvalidOperationException>(writers.Drain);
        Assert.Equal("disk full", failure.Message);
        Assert.Throws<InvalidOperationException>(() => writers.Post(() => after++));
        writers.Dispose();
        Assert.Equal(0, after);
    }

    [Fact]
    public void DisposingFinishesWhatWasPosted()
    {
        int done = 0;
        var writers = new WriterThreads(2);
        for (int i = 0; i < 100; i++) writers.Post(() => Interlocked.Increment(ref done));
        writers.Dispose();
        Assert.Equal(100, done);
    }
}
