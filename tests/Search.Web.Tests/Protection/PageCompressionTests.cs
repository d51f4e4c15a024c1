using System.IO.Compression;
using System.Net;

namespace Search.Web.Tests.Protection;

/// <summary>
/// Every link carries the whole search, so a pasted paragraph made every link as long: 1.2 MB for a results page of the
/// five seeds. Compressed, the repeated query costs little.
/// </summary>
public sealed class PageCompressionTests(SearchSiteFactory site) : IClassFixture<SearchSiteFactory>
{
    private readonly HttpClient _client = site.CreateClient();

    private static readonly string Pasted = Uri.EscapeDataString(string.Join(' ', Enumerable.Repeat("protesters killed police officers Almaty troops", 200)));

    private async Task<(HttpResponseMessage Response, byte[] Body)> Get(string url, string? encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding != null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/?q=")]
    [InlineData("/passages?q=")]
    [InlineData("/api/search?q=")]
    public async Task APageOfAPastedParagraphIsSentCompressedAndReadsTheSame(string url)
    {
        var (plain, plainBody) = await Get(url + Pasted, null);
        var (compressed, compressedBody) = await Get(url + Pasted, "br");
        Assert.Equal(HttpStatusCode.OK, compressed.StatusCode);
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.True(compressedBody.Length * 10 < plainBody.Length, $"{compressedBody.Length} bytes compressed, {plainBody.Length} plain");

        using var brotli = new BrotliStream(new MemoryStream(compressedBody), CompressionMode.Decompress);
        using var read = new MemoryStream();
        await brotli.CopyToAsync(read);
        // The same page but for the time it took to make.
        Assert.Equal(Timeless(plainBody), Timeless(read.ToArray()));
    }

    [Fact]
    public async Task AClientThatAsksForGzipGetsGzipAndAProblemIsCompressedToo()
    {
        var (page, _) = await Get("/?q=" + Pasted, "gzip");
        Assert.Equal("gzip", Assert.Single(page.Content.Headers.ContentEncoding));
        var (problem, _) = await Get("/api/search?q=killed&page=0", "br");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Equal("br", Assert.Single(problem.Content.Headers.ContentEncoding));
    }

    private static string Timeless(byte[] body) =>
        System.Text.RegularExpressions.Regex.Replace(System.Text.Encoding.UTF8.GetString(body), @"(\(\d+ ms\)|""tookMs"":\d+)", "");

    [Fact]
    public async Task AClientThatAcceptsBothGetsGzip()
    {
        // At their fastest levels, Brotli made a page of a 6,000-character paste of prose 186 KB and gzip 88 KB (the QA probe of
        // 2026-12-05); on a paste of one repeated phrase, as here, Brotli is a little smaller.
        var (both, _) = await Get("/?q=" + Pasted, "gzip, deflate, br, zstd");
        Assert.Equal("gzip", Assert.Single(both.Content.Headers.ContentEncoding));
    }
}
