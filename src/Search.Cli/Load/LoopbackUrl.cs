using System.Net;

namespace Search.Cli.Load;

/// <summary>
/// Checks that a load target is this machine: load traffic must never leave loopback, so a mistyped or
/// borrowed URL cannot turn the load command on someone else's server.
/// </summary>
internal static class LoopbackUrl
{
    /// <summary>The site's base address when <paramref name="text"/> is an http(s) URL on 127.0.0.0/8, ::1 or localhost; otherwise why not.</summary>
    public static (Uri? Url, string? Problem) Parse(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            return (null, $"'{text}' is not an http:// or https:// URL.");
        if (!IsLoopback(url.IdnHost))
            return (null, $"'{url.Host}' is not this machine: the load command only sends traffic to loopback (127.0.0.1, ::1 or localhost).");
        // Requests are relative to the site's root, whatever path was given.
        return (new UriBuilder(url.Scheme, url.Host, url.Port).Uri, null);
    }

    private static bool IsLoopback(string host)
    {
        // A name is trusted only when it is exactly localhost; "localhost.example.com" resolves anywhere.
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        return IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
