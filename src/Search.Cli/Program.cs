using Microsoft.Extensions.Logging;
using Search.Cli;

using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning));
return args.FirstOrDefault() switch
{
    "index" => IndexCommand.Run(args[1..], loggers, Console.Out, Console.Error),
    "search" => SearchCommand.Run(args[1..], loggers, Console.Out, Console.Error),
    null or "-h" or "--help" or "help" => Usage.Print(Console.Out, 0),
    var other => Usage.Print(Console.Error, 2, $"Unknown command '{other}'."),
};
