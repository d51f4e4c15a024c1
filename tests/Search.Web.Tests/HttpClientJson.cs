using System.Net;
using System.Text.Json;

namespace Search.Web.Tests;

internal static class HttpClientJson
{
    /// <summary>GETs <paramref name="url"/>, asserts a 200, and returns the JSON body's root.</summary>
    public static async Task<JsonElement> GetOkJson(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
