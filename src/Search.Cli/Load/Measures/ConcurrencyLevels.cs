using System.Globalization;

namespace Search.Cli.Load;

/// <summary>Parses the <c>--concurrency</c> list, such as <c>1,4,16</c>.</summary>
internal static class ConcurrencyLevels
{
    public const int Max = 256;

    public static (IReadOnlyList<int> Levels, string? Problem) Parse(string text)
    {
        var levels = new List<int>();
        foreach (string part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int level) || level < 1 || level > Max)
                return ([], $"--concurrency: '{part}' is not a whole number from 1 to {Max}.");
            levels.Add(level);
        }
        return levels.Count == 0 ? ([], "--concurrency: give at least one level, such as 1,4,16.") : (levels, null);
    }
}
