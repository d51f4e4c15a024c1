using Microsoft.Extensions.Logging;
using Search.Cli;

using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
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
