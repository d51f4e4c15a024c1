using System.Globalization;

namespace Search.Cli.Load;

/// <summary>
/// Builds the load's request mix: the kinds of <see cref="LoadQueryKind"/> in turn, each filled with words
/// from <see cref="ReutersWords"/> and values from the <see cref="SiteSample"/>. The same seed and sample
/// give the same mix, so two runs measure the same work.
/// </summary>
internal static class QueryMixBuilder
{
    /// <summary>Deep pages stay within the site's default caps (100 a page, a result window of 10,000).</summary>
    public const int MaxPageSize = 100;
    public const int MaxResultWindow = 10_000;

    /// <summary>The queries of a file, one a line as typed in the search box, each a full search (top 10, count, facets and snippets) in the file's order.</summary>
    public static IReadOnlyList<LoadRequest> Replay(IEnumerable<string> queries) =>
        queries.Where(q => !string.IsNullOrWhiteSpace(q)).Select(q => new LoadRequest(LoadQueryKind.Replayed, Search(("q", q.Trim())))).ToList();

    public static IReadOnlyList<LoadRequest> Build(SiteSample sample, int count, int seed)
    {
        var random = new Random(seed);
        var kinds = Enum.GetValues<LoadQueryKind>().Where(k => k != LoadQueryKind.Replayed).ToArray();
        var mix = new List<LoadRequest>(count);
        for (int i = 0; i < count; i++)
        {
            // Round robin, so any run of eight requests holds every kind once.
            var kind = kinds[i % kinds.Length];
            mix.Add(new LoadRequest(kind, Make(kind, sample, random)));
        }
        return mix;
    }

    private static string Make(LoadQueryKind kind, SiteSample sample, Random random) => kind switch
    {
        LoadQueryKind.Keywords => Search(("q", Words(random, random.Next(1, 3)))),
        LoadQueryKind.Phrase => Search(("q", $"\"{Pick(ReutersWords.Phrases, random)}\"")),
        LoadQueryKind.Prefix => Search(("q", Pick(ReutersWords.Prefixes, random) + "*")),
        LoadQueryKind.Filter => Filter(sample, random),
        LoadQueryKind.Sort => Search(("q", Words(random, 1)), ("sort", random.Next(2) == 0 ? "newest" : "oldest")),
        LoadQueryKind.DeepPage => DeepPage(random),
        LoadQueryKind.AnyWords => Search(("q", Words(random, random.Next(12, 31))), ("mode", "any")),
        LoadQueryKind.Article => "/article/" + Uri.EscapeDataString(Pick(sample.ArticleIds, random)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string Filter(SiteSample sample, Random random)
    {
        var (parameter, value) = Pick(sample.Filters, random);
        // Half the filters narrow a query, half browse everything with that value.
        return random.Next(2) == 0 ? Search((parameter, value)) : Search(("q", Words(random, 1)), (parameter, value));
    }

    private static string DeepPage(Random random)
    {
        int size = Pick(new[] { 10, 20, 50, MaxPageSize }, random);
        int page = Math.Min(random.Next(10, 51), MaxResultWindow / size);
        string query = random.Next(2) == 0 ? "" : Words(random, 1);
        return Search(("q", query), ("page", page.ToString(CultureInfo.InvariantCulture)), ("size", size.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Search(params (string Name, string Value)[] parameters) =>
        "/api/search?" + string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));

    private static string Words(Random random, int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => Pick(ReutersWords.Keywords, random)));

    private static T Pick<T>(IReadOnlyList<T> values, Random random) => values[random.Next(values.Count)];
}
