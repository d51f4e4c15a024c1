using Microsoft.Extensions.Logging;
using Search.Cli;

// Log lines go to standard error, with the problems: standard output is the summary (or --json's lines) alone.
using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true)
    .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
using var cancel = new CancellationTokenSource();
// Ctrl+C (or a TERM signal) stops the run cleanly: what was read is committed, and the exit code says it stopped.
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});
return CommandLine.Run(args, loggers, Console.Out, Console.Error, cancel.Token);
