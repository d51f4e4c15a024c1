using System.Text.Encodings.Web;
using Search.Core;
using Search.Core.Indexing;
using Search.Web;
using Search.Web.Api;
using Search.Web.Protection;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.ConfigureSearchKestrel();
builder.Services.AddSearchCore();
builder.Services.AddSingleton<IndexStartup>();
builder.Services.AddHostedService(s => s.GetRequiredService<IndexStartup>());
builder.Services.AddRazorPages();
// A 503's problem says what it means; the index's path, in the exception, stays in the log.
builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
{
    if (c.ProblemDetails.Status == StatusCodes.Status503ServiceUnavailable)
        c.ProblemDetails.Detail ??= "The index is not ready: it is being built, or it cannot be read. Try again in a few seconds.";
});
builder.Services.AddClientRateLimiting();
builder.Services.AddPageCompression();
// ASP.NET relaxes JSON's HTML-safe escaping by default; article and query text keep '<', '>' and '&' escaped.
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Default);
builder.Services.AddOpenApi(o => o.AddOperationTransformer<SearchParametersDescription>().AddOperationTransformer<ProtectionResponsesDescription>());

var app = builder.Build();
app.UseTrustedProxyHeaders(); // first, so the rate limiter and the logs see the client's address
app.UseSecurityHeaders();
app.UseRetryAfterOn503();
app.UsePageCompression();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(Failures.Options(null)).UseStatusCodePages(Failures.ProblemBody));
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), site => site.UseExceptionHandler(Failures.Options("/error")).UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseRequestLimits();
app.UseStaticFiles(StaticFileCaching.Options());
// Routing after the status-code pages, so a re-executed request (/status/404) is routed again.
app.UseRouting();
app.UseRateLimiter();
app.MapRazorPages();
app.MapOpenApi() // the API described at /openapi/v1.json, and its headers for HEAD, as every other address answers
    .WithMetadata(new Microsoft.AspNetCore.Routing.HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]));
app.MapApiIndex();
app.MapSearchApi();
app.MapArticleApi();
app.MapFacetsApi();
app.MapPassagesApi();
app.MapHealthApi();
app.MapGuessedAddresses();
// The first build, before the host starts: stopped by SIGTERM or Ctrl+C, it commits what it read and the process ends
// quietly (exit 0). Stopped inside the host's start, the host logged a failure to start with a stack trace.
using (var stop = new StopSignals())
{
    if (!await app.Services.GetRequiredService<IndexStartup>().WaitForFirstBuildAsync(stop.Token)) return;
}
try
{
    app.Run();
}
catch (OperationCanceledException)
{
    // Stopped in the moment between the first build and the host's own signal handling: a normal end, not a crash.
}

/// <summary>Entry point; public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
