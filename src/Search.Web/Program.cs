using Search.Core;
using Search.Core.Indexing;
using Search.Web;
using Search.Web.Api;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSearchCore();
builder.Services.AddHostedService<IndexStartup>();
builder.Services.AddRazorPages();
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi(o => o.AddOperationTransformer<SearchParametersDescription>());

var app = builder.Build();
app.UseSecurityHeaders();
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(Failures.Options(null)).UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), site => site.UseExceptionHandler(Failures.Options("/error")).UseStatusCodePagesWithReExecute("/status/{0}"));
app.UseStaticFiles();
// Routing after the status-code pages, so a re-executed request (/status/404) is routed again.
app.UseRouting();
app.MapRazorPages();
app.MapOpenApi(); // the API described at /openapi/v1.json
app.MapSearchApi();
app.MapArticleApi();
app.Run();

/// <summary>Entry point; public so integration tests can host the site with WebApplicationFactory.</summary>
public partial class Program;
