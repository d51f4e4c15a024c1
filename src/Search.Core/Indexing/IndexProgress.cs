namespace Search.Core.Indexing;

/// <summary>Where a run stands, reported as it goes: enough for a progress bar with a rate and an ETA.</summary>
public sealed record IndexProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int Articles, TimeSpan Elapsed)
{
    /// <summary>Articles read per second so far.</summary>
    public double ArticlesPerSecond => Elapsed.TotalSeconds > 0 ? Articles / Elapsed.TotalSeconds : 0;

    /// <summary>Time left at the rate so far, by bytes read; null until there is a rate.</summary>
    public TimeSpan? Remaining => BytesDone > 0 && BytesTotal >= BytesDone
        ? TimeSpan.FromSeconds(Elapsed.TotalSeconds * (BytesTotal - BytesDone) / BytesDone)
        : null;
}
