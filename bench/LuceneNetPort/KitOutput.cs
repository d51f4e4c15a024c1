using System.Globalization;
using System.Text.Json;

namespace LuceneNetPort;

/// <summary>The protocol's JSON lines on stdout, and the figures they carry about the process and the index.</summary>
internal static class KitOutput
{
    /// <summary>Numbers in the line are formatted in the invariant culture, which Program sets for the process.</summary>
    public static void Line(string line)
    {
        Console.Out.WriteLine(line);
        Console.Out.Flush();
    }

    public static string Quote(string text) => JsonSerializer.Serialize(text);

    public static double PeakRssMb()
    {
        foreach (string line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(new string(line.Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture) / 1024.0;
        return -1;
    }

    public static long DirectoryBytes(string path) =>
        new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
