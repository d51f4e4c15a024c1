using System.Runtime.InteropServices;

namespace Search.Benchmarks.Report;

/// <summary>The machine the page was generated on (the same one the sittings ran on): CPU, cores, memory, OS and runtimes.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        string cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "?"
            : "?";
        double memoryGb = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);
        return $"{cpu}, {Environment.ProcessorCount} cores, {memoryGb:F0} GiB; {RuntimeInformation.OSDescription}; " +
               $"{RuntimeInformation.FrameworkDescription} ({(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC); Lucene.NET 4.8.0-beta00017; {Java()}";
    }

    private static string Java()
    {
        try
        {
            using var java = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("java", "-version") { RedirectStandardError = true });
            string first = java!.StandardError.ReadLine() ?? "";
            java.WaitForExit();
            return first.Replace("\"", "");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "java not found";
        }
    }
}
