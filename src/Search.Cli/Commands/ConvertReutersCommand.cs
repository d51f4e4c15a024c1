using System.CommandLine;
using Search.Core.Indexing;
using Search.Core.Ingestion.Reuters;

namespace Search.Cli;

/// <summary><c>search convert-reuters</c>: writes Reuters-21578 as JSON Lines for <c>search index</c>.</summary>
internal static class ConvertReutersCommand
{
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var from = new Option<string>("--from") { Description = "The Reuters-21578 folder (reut2-*.sgm).", DefaultValueFactory = _ => "../shared/data/reuters21578" };
        var to = new Option<string>("--out") { Description = "The JSON Lines file to write ('-' for standard output).", Required = true };
        var withoutTags = new Option<bool>("--without-tags")
        {
            Description = "Write only id, title and body, leaving date, source, places, people and orgs to extraction (to measure it).",
        };
        var command = new Command("convert-reuters", "Convert Reuters-21578 into JSON Lines: one article per story with a body, " +
            "the dateline kept at the start of the body, and the story's date, PLACES, PEOPLE and ORGS as given metadata.") { from, to, withoutTags };
        command.SetAction(parse =>
        {
            string folder = RepositoryPaths.Resolve(parse.GetValue(from)!);
            string target = parse.GetValue(to)!;
            if (!Directory.Exists(folder))
            {
                errors.WriteLine($"{folder}: no such folder");
                return ExitCodes.SomeInputsFailed;
            }
            try
            {
                ReutersConverter.Result result;
                if (target == "-") result = ReutersConverter.Convert(folder, output, !parse.GetValue(withoutTags));
                else
                {
                    using var writer = new StreamWriter(target);
                    result = ReutersConverter.Convert(folder, writer, !parse.GetValue(withoutTags));
                }
                errors.WriteLine($"wrote {result.Written:N0} articles from {result.Files} files to {target} ({result.WithoutBody:N0} stories without a body skipped)");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.WriteLine(e.Message);
                return ExitCodes.SomeInputsFailed;
            }
        });
        return command;
    }
}
