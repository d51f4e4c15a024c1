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

    [Theory]
    [InlineData("/?q=killed")]
    [InlineData("/api/search?q=killed")]
    [InlineData("/css/site.css")]
    public async Task AnAnswerSentPlainSaysItVariesByEncodingAsTheCompressedOneDoes(string url)
    {
        // A shared cache that stored the plain answer, with no Vary, could hand it to every client (the QA probe of 2026-12-05).
        var (plain, _) = await Get(url, null);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", plain.Headers.Vary);
        var (compressed, _) = await Get(url, "gzip");
        Assert.Equal("Accept-Encoding", Assert.Single(compressed.Headers.Vary));
    }

    [Fact]
    public async Task AStaticFileSentCompressedHasAWeakTagThatStillValidates()
    {
        // The stylesheet's gzip and plain bodies carried one strong ETag, which says they are the same bytes.
        var (plain, _) = await Get("/css/site.css", null);
        var (compressed, _) = await Get("/css/site.css", "gzip");
        Assert.Equal("gzip", Assert.Single(compressed.Content.Headers.ContentEncoding));
        var strong = plain.Headers.ETag!;
        var weak = compressed.Headers.ETag!;
        Assert.False(strong.IsWeak);
        Assert.True(weak.IsWeak);
        Assert.Equal(strong.Tag, weak.Tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/css/site.css");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        again.Headers.IfNoneMatch.Add(weak);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task AClientThatAcceptsBothGetsGzip()
    {
        // At their fastest levels, Brotli made a page of a 6,000-character paste of prose 186 KB and gzip 88 KB (the QA probe of
        // 2026-12-05); on a paste of one repeated phrase, as here, Brotli is a little smaller.
        var (both, _) = await Get("/?q=" + Pasted, "gzip, deflate, br, zstd");
        Assert.Equal("gzip", Assert.Single(both.Content.Headers.ContentEncoding));
    }
}
