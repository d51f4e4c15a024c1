using Lucene.Net.Analysis;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The curated news synonyms (<c>news-synonyms.txt</c>, shipped in the assembly): each word's stem maps to
/// its group's first stem, so "decapitated" and "beheaded" count as one word when passages are compared.
/// </summary>
internal sealed class NewsSynonyms
{
    public static NewsSynonyms None { get; } = new(new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> _groups;
    private readonly ILookup<string, string> _members;

    private NewsSynonyms(IReadOnlyDictionary<string, string> groups)
    {
        _groups = groups;
        _members = groups.ToLookup(g => g.Value, g => g.Key, StringComparer.Ordinal);
    }

    public int Count => _groups.Count;

    /// <summary>Every stem of the stem's group, itself included; just itself when it has no synonyms.</summary>
    public IEnumerable<string> Alike(string stem) => _groups.TryGetValue(stem, out string? group) ? _members[group] : [stem];

    /// <summary>The group a stem belongs to, or the stem itself.</summary>
    public string Group(string stem) => _groups.TryGetValue(stem, out string? group) ? group : stem;

    public static NewsSynonyms Load(Analyzer analyzer)
    {
        using var stream = typeof(NewsSynonyms).Assembly.GetManifestResourceStream("Search.Core.Linking.Corroboration.news-synonyms.txt")
            ?? throw new InvalidOperationException("news-synonyms.txt is not embedded");
        using var reader = new StreamReader(stream);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            if (line.TrimStart().StartsWith('#') || line.Trim().Length == 0) continue;
            var stems = line.Split(',').SelectMany(w => Stems.Of(analyzer, w)).ToList();
            if (stems.Count == 0) continue;
            foreach (string stem in stems) groups.TryAdd(stem, stems[0]);
        }
        return new NewsSynonyms(groups);
    }
}
