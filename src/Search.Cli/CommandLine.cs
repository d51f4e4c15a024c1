using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace Search.Cli;

/// <summary>The <c>search</c> command line: its commands, and how a parse error becomes exit code 2.</summary>
internal static class CommandLine
{
    public static int Run(string[] args, ILoggerFactory loggers, TextWriter output, TextWriter errors, CancellationToken cancel = default)
    {
        var root = new RootCommand("Search: index news archives and search them from the shell.\n" + ExitCodes.Help)
        {
            IndexCommand.Create(loggers, output, errors),
            WatchCommand.Create(loggers, output, errors),
            QueryCommand.Create(loggers, output, errors),
            ConvertReutersCommand.Create(output, errors),
            EvaluateRankingCommand.Create(output, errors),
            EvaluateExtractionCommand.Create(output, errors),
            EvaluateLinkingCommand.Create(output, errors),
            Load.LoadCommand.Create(output, errors),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) errors.WriteLine(error.Message);
            errors.WriteLine("Try 'search --help'.");
            return ExitCodes.Usage;
        }
        return parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = errors, ProcessTerminationTimeout = null }, cancel).GetAwaiter().GetResult();
    }
}
