namespace Search.Core.Indexing.Documents;

/// <summary>
/// A moment of publication as one number (<see cref="ArticleFields.Published"/>): its seconds since 1970 in UTC, times 4096,
/// plus its offset from UTC in minutes (moved by 2048). It sorts by the instant, and gives the result list the hour as
/// the input wrote it, on the day the list shows ("23:30 (UTC−05:00)" on the 11th, where UTC is on the 12th).
/// </summary>
internal static class PublishedValue
{
    private const int OffsetSpan = 4096, OffsetZero = 2048;

    public static long Encode(DateTimeOffset moment) =>
        moment.ToUnixTimeSeconds() * OffsetSpan + (long)moment.Offset.TotalMinutes + OffsetZero;

    public static DateTimeOffset Decode(long value)
    {
        long seconds = Math.DivRem(value, OffsetSpan, out long offset);
        if (offset < 0) { seconds--; offset += OffsetSpan; } // a moment before 1970 encodes below zero
        return DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(TimeSpan.FromMinutes(offset - OffsetZero));
    }
}
