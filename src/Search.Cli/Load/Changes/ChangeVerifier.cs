using System.Net;

namespace Search.Cli.Load;

/// <summary>
/// Checks through <c>GET /api/articles/{id}</c> that every added article is found and every changed one
/// shows its marker. The site picks up commits on its refresh interval, so articles not yet right are
/// asked again for a while before they count as lost.
/// </summary>
internal sealed class ChangeVerifier(HttpClient http)
{
    public async Task<Verification> VerifyAsync(ChangeSet changes, TimeSpan patience, CancellationToken cancel)
    {
        var pending = changes.All.ToList();
        var problems = new Dictionary<string, string>();
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            problems.Clear();
            await Parallel.ForEachAsync(pending, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancel }, async (article, token) =>
            {
                string? problem = await CheckAsync(article, token);
                if (problem != null) lock (problems) problems[article.Id] = problem;
            });
            pending = pending.Where(a => problems.ContainsKey(a.Id)).ToList();
            if (pending.Count == 0 || DateTime.UtcNow >= deadline) break;
            await Task.Delay(TimeSpan.FromSeconds(1), cancel);
        }
        var addedIds = changes.Added.Select(a => a.Id).ToHashSet();
        return new Verification(
            changes.Added.Count,
            changes.Changed.Count,
            pending.Count(a => addedIds.Contains(a.Id)),
            pending.Count(a => !addedIds.Contains(a.Id)),
            pending.Take(5).Select(a => $"{a.Id}: {problems[a.Id]}").ToList());
    }

    private async Task<string?> CheckAsync(ExpectedArticle article, CancellationToken cancel)
    {
        try
        {
            using var response = await http.GetAsync("/api/articles/" + Uri.EscapeDataString(article.Id) + "?links=false", cancel);
            if (response.StatusCode == HttpStatusCode.NotFound) return "not found";
            if (!response.IsSuccessStatusCode) return $"answered {(int)response.StatusCode}";
            // The marker is letters and digits, so it reads the same inside the JSON text.
            string json = await response.Content.ReadAsStringAsync(cancel);
            return json.Contains(article.Marker, StringComparison.Ordinal) ? null : $"old text (no {article.Marker})";
        }
        catch (HttpRequestException e)
        {
            return e.Message;
        }
    }
}

/// <summary>What the check after indexing found: counts given, counts still wrong, and a few examples.</summary>
internal sealed record Verification(int Added, int Changed, int AddedMissing, int ChangedStale, IReadOnlyList<string> Examples)
{
    public bool NothingLost => AddedMissing == 0 && ChangedStale == 0;
}
