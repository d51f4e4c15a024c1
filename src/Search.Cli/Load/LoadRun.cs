using System.Globalization;
using System.Net;

namespace Search.Cli.Load;

/// <summary>
/// One run of <c>search load</c>: samples the site, builds the mix, warms the site up, runs each level, then
/// (with <c>--while-indexing</c>) each level again beside an indexer round, and checks what the rounds wrote.
/// </summary>
internal sealed class LoadRun(LoadSettings settings, LoadReport report)
{
    public const string Steady = "steady";
    public const string DuringIndexing = "while indexing";

    public async Task<int> RunAsync(CancellationToken cancel)
    {
        using var http = CreateClient(settings.Url);
        try
        {
            var sample = await SiteSampler.ReadAsync(http, cancel);
            var mix = settings.Queries is { } queries ? QueryMixBuilder.Replay(queries) : QueryMixBuilder.Build(sample, LoadSettings.MixSize, settings.Seed);
            report.Start(sample);
            var runner = new LoadRunner(http, mix);
            await runner.RunAsync("warm-up", 1, settings.Duration, LoadSettings.WarmUpRequests, null, cancel);
            bool clean = true;
            foreach (int level in settings.Levels)
            {
                var result = await runner.RunAsync(Steady, level, settings.Duration, settings.MaxRequests, settings.SitePid, cancel);
                report.Level(result);
                clean &= result.Errors == 0;
            }
            if (settings.WhileIndexing) clean &= await RunWhileIndexingAsync(http, runner, cancel);
            report.End(clean);
            return cancel.IsCancellationRequested ? ExitCodes.Cancelled : clean ? ExitCodes.Ok : ExitCodes.LoadProblems;
        }
        catch (Exception e) when (e is LoadFailedException or HttpRequestException or IOException or System.Text.Json.JsonException)
        {
            report.Fatal(e is HttpRequestException ? $"{settings.Url}: the site does not answer ({e.Message})" : e.Message);
            return ExitCodes.LoadProblems;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return ExitCodes.Cancelled;
        }
    }

    private async Task<bool> RunWhileIndexingAsync(HttpClient http, LoadRunner runner, CancellationToken cancel)
    {
        // Letters and digits only, so the markers stay single words; a new token per run changes the articles again.
        string runToken = DateTime.UtcNow.ToString("yyMMddHHmmss", CultureInfo.InvariantCulture);
        var writer = new ChangeSetWriter(ChangeSetWriter.ReadArticles(settings.ArticlesPath!), runToken, settings.Seed);
        string folder = Directory.CreateTempSubdirectory("search-load-").FullName;
        var verifier = new ChangeVerifier(http);
        bool clean = true;
        try
        {
            foreach (var (level, round) in settings.Levels.Select((l, r) => (l, r)))
            {
                var changes = writer.Write(Path.Combine(folder, $"round-{round + 1}.jsonl"), round, settings.Add, settings.Change);
                using var indexer = IndexerChild.Start(changes.Path, settings.IndexPath!, settings.CommitEvery);
                // The level lasts exactly as long as the indexer runs, so every figure is one measured during indexing;
                // the indexer's own time limit bounds it.
                using var indexerDone = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                _ = indexer.Exited.ContinueWith(_ => indexerDone.Cancel(), TaskScheduler.Default);
                var result = await runner.RunAsync(DuringIndexing, level, LoadSettings.IndexerLimit, settings.MaxRequests, settings.SitePid, indexerDone.Token);
                var outcome = await indexer.WaitAsync(LoadSettings.IndexerLimit);
                var verification = await verifier.VerifyAsync(changes, LoadSettings.VerifyPatience, cancel);
                report.Level(result);
                report.Round(level, outcome, verification);
                clean &= result.Errors == 0 && outcome.ExitCode == ExitCodes.Ok && verification.NothingLost;
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        return clean;
    }

    private static HttpClient CreateClient(Uri url) => new(new SocketsHttpHandler
    {
        // Never through a proxy from the environment: the traffic must stay on loopback.
        UseProxy = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        BaseAddress = url,
        Timeout = LoadRunner.RequestTimeout,
    };
}
