namespace Search.Benchmarks.Protocol;

/// <summary>Figures of this process and of an index folder that the protocol reports.</summary>
internal static class ProcessFigures
{
    /// <summary>Peak resident set (VmHWM) in MB, as the Java harness reads it; -1 where /proc is missing.</summary>
    public static double PeakRssMb()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return -1;
        foreach (string line in File.ReadLines(status))
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                return long.Parse(new string(line.Where(char.IsDigit).ToArray())) / 1024.0;
        return -1;
    }

    /// <summary>Bytes of every file under a folder, in MB (10^6).</summary>
    public static double FolderMb(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) / 1e6;
}
