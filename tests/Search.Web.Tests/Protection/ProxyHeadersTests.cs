using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Search.Web.Tests.Protection;

/// <summary>Behind a trusted proxy, each forwarded client has its own rate limit; otherwise the proxy is one client.</summary>
public sealed class ProxyHeadersTests : IDisposable
{
    private readonly SearchSiteFactory _site = new() { PermitsPerWindow = 2 };

    // The test server has no connection address; give every request the loopback proxy's.
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, proceed) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Loopback;
                return proceed();
            });
            next(app);
        };
    }

    private HttpClient Client(bool trust) => _site.WithWebHostBuilder(b =>
    {
        b.UseSetting("Search:Proxy:TrustForwardedHeaders", trust ? "true" : "false");
        b.ConfigureServices(s => s.AddSingleton<IStartupFilter, FromLoopback>());
    }).CreateClient();

    private static async Task<HttpStatusCode> Get(HttpClient client, string forwardedFor)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/search?q=Tokayev");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        return (await client.SendAsync(request)).StatusCode;
    }

    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.TooManyRequests)]
    public async Task EachForwardedClientHasItsOwnLimitOnlyWhenTheProxyIsTrusted(bool trust, HttpStatusCode secondClient)
    {
        var client = Client(trust);
        for (int i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, await Get(client, "203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Get(client, "203.0.113.1"));
        Assert.Equal(secondClient, await Get(client, "203.0.113.2"));
    }

    public void Dispose() => _site.Dispose();
}
