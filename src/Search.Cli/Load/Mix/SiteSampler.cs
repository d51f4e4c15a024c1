using System.Text.Json;

namespace Search.Cli.Load;

/// <summary>Reads a <see cref="SiteSample"/> from the site's <c>/api/search</c>: its facets and the ids of its hits.</summary>
internal static class SiteSampler
{
    public static async Task<SiteSample> ReadAsync(HttpClient http, CancellationToken cancel)
    {
        var sources = new SortedSet<string>(StringComparer.Ordinal);
        var people = new SortedSet<string>(StringComparer.Ordinal);
        var places = new SortedSet<string>(StringComparer.Ordinal);
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        // The empty query (every article, newest first) and a few common words give facets of the whole index
        // and ids from across it.
        foreach (string q in new[] { "", "oil", "trade", "bank", "wheat" })
        {
            using var response = await http.GetAsync($"/api/search?size=100&q={Uri.EscapeDataString(q)}", cancel);
            if (!response.IsSuccessStatusCode)
                throw new LoadFailedException($"/api/search?q={q} answered {(int)response.StatusCode} while sampling the site.");
            using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancel));
            foreach (var hit in json.RootElement.GetProperty("hits").EnumerateArray()) ids.Add(hit.GetProperty("id").GetString()!);
            var facets = json.RootElement.GetProperty("facets");
            AddValues(facets, "source", sources);
            AddValues(facets, "person", people);
            AddValues(facets, "place", places);
        }
        if (ids.Count == 0 || sources.Count + people.Count + places.Count == 0)
            throw new LoadFailedException("The site's index looks empty: /api/search found no articles or no facet values to build the mix from.");
        return new SiteSample(sources.ToList(), people.ToList(), places.ToList(), ids.ToList());
    }

    private static void AddValues(JsonElement facets, string dimension, SortedSet<string> into)
    {
        if (!facets.TryGetProperty(dimension, out var values)) return;
        foreach (var value in values.EnumerateArray()) into.Add(value.GetProperty("value").GetString()!);
    }
}
