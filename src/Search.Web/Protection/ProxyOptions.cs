using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Search.Web.Protection;

/// <summary>
/// Whether the site sits behind a reverse proxy whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>
/// it should believe (configuration section <c>Search:Proxy</c>), so the per-client rate limit and the
/// logs see each client's address instead of the proxy's. Off by default: a site reached directly must
/// not let clients forge their address.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Search:Proxy";

    /// <summary>Read the forwarded headers of trusted proxies (loopback, and <see cref="KnownProxies"/>).</summary>
    public bool TrustForwardedHeaders { get; set; }

    /// <summary>Addresses of proxies on other hosts to trust besides loopback.</summary>
    public List<string> KnownProxies { get; set; } = [];
}

/// <summary>Puts the forwarded-headers middleware first when <see cref="ProxyOptions.TrustForwardedHeaders"/> is on.</summary>
internal static class ProxyHeaders
{
    public static IApplicationBuilder UseTrustedProxyHeaders(this WebApplication app)
    {
        var proxy = app.Configuration.GetSection(ProxyOptions.SectionName).Get<ProxyOptions>() ?? new ProxyOptions();
        if (!proxy.TrustForwardedHeaders) return app;
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // Loopback is trusted by default; ForwardLimit 1 takes only the hop the proxy appended, so a client cannot forge it.
        foreach (string address in proxy.KnownProxies)
            options.KnownProxies.Add(IPAddress.TryParse(address, out var ip) ? ip : throw new InvalidOperationException($"{ProxyOptions.SectionName}:KnownProxies: '{address}' is not an IP address"));
        return app.UseForwardedHeaders(options);
    }
}
