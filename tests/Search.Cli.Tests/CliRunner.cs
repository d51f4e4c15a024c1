using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;

namespace Search.Cli.Tests;

/// <summary>Runs the command line in this process (fast, for output and exit codes) or as a real child process (for locks, kills and watching).</summary>
internal static class CliRunner
{
    /// <summary>The built command line next to the tests.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "search.dll");

    public static (int Code, string Output, string Errors) InProcess(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int code = CommandLine.Run(args, NullLoggerFactory.Instance, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Dll);
        foreach (string arg in args) info.ArgumentList.Add(arg);
        return Process.Start(info)!;
    }

    /// <summary>Runs a child to its end, within a time limit, and returns its exit code and output.</summary>
    public static async Task<(int Code, string Output, string Errors)> RunAsync(TimeSpan limit, params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"search {string.Join(' ', args)} did not finish within {limit}");
        }
        return (process.ExitCode, await output, await errors);
    }
}
