using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// Matches facet values against what a user types in a facet's search box: a value matches when its
/// canonical name, or one of its gazetteer aliases for entities, has a word starting with the text
/// (case and accents aside), so "OTS" offers the CSTO by its alias OTSC and "tok" offers Tokayev; and reads a filter value
/// as the facet value it names.
/// </summary>
internal sealed class FacetValueNames(Gazetteer? gazetteer)
{
    public Func<string, bool> Matcher(FacetDimension dimension, string typed)
    {
        string prefix = NameKey.Of(typed);
        if (prefix.Length == 0) return _ => true;
        return label => NamesOf(dimension, label).Any(name => Words(NameKey.Of(name)).Any(w => w.StartsWith(prefix, StringComparison.Ordinal)) || NameKey.Of(name).StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <summary>
    /// The request with each filter and exclusion value read as the facet value it names: the value itself when the index has
    /// it, as the spelling its name is shown in; else the one value whose name or alias is the same case and accents aside
    /// (<c>source=cnn</c>, <c>source=afp</c>).
    /// A value that names none, or several, is kept as given and matches nothing, as before.
    /// </summary>
    public Search.SearchRequest Resolve(Search.SearchRequest request, FacetOrdinals ordinals)
    {
        IReadOnlyDictionary<string, IReadOnlyList<string>> Named(IReadOnlyDictionary<string, IReadOnlyList<string>> all) =>
            all.ToDictionary(p => p.Key, p => FacetDimension.Named(p.Key) is { } d && d != FacetDimension.Date
                // Two spellings of one value are one value: "source=afp&source=AFP" gave two chips, each removing only itself.
                ? (IReadOnlyList<string>)p.Value.Select(v => ValueNamed(d, ordinals[d], v)).Distinct(StringComparer.Ordinal).ToList()
                : p.Value);
        return request with { Filters = Named(request.Filters), Exclusions = Named(request.Exclusions) };
    }

    private string ValueNamed(FacetDimension dimension, DimensionOrdinals values, string given)
    {
        if (given == FacetValue.MissingValue) return given;
        // "Bernardo Arevalo" is shown, counted and filtered as "Bernardo Arévalo" (ValueSpellings).
        if (values.OrdinalOf(given) != null) return values.ShownAs(given);
        var byName = _byName.GetValue(values, v => ByName(dimension, v));
        return byName.TryGetValue(NameKey.Of(given), out string? label) && label != null ? label : given;
    }

    // Each value by every name it goes by, once per reader's values (a million articles' people are read once, not per
    // request); a name two values share names neither (null).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DimensionOrdinals, Dictionary<string, string?>> _byName = new();

    private Dictionary<string, string?> ByName(FacetDimension dimension, DimensionOrdinals values)
    {
        var byName = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (string label in values.Labels)
        {
            string shown = values.ShownAs(label);
            foreach (string key in NamesOf(dimension, label).Select(NameKey.Of).Distinct())
                byName[key] = byName.TryGetValue(key, out string? other) && other != shown ? null : shown;
        }
        return byName;
    }

    // A person goes by the surname too ("person=azirbek" is Saltanat Azirbek), as reports name them, when no other person of
    // the index has it: the filter found nothing, though the facet's own search box offered the name.
    private IEnumerable<string> NamesOf(FacetDimension dimension, string label) =>
        gazetteer == null ? [label]
        : dimension.EntityType is { } type ? gazetteer.NamesOf(type, label).Append(label).Concat(dimension == FacetDimension.Person ? Surname(label) : [])
        : dimension == FacetDimension.Source ? gazetteer.NamesOf(EntityType.Organization, label).Append(label)
        : [label];

    private static IEnumerable<string> Surname(string label) =>
        label.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } words ? [words[^1]] : [];

    /// <summary>
    /// What the filter and exclusion values that name no value of the index are, said so, after <see cref="Resolve"/>; null
    /// when every one names one. A filter value that names nothing finds nothing, or adds nothing beside a value that names
    /// something, and an excluded one leaves out nothing; either was silent, so an empty page read as "no report". The values
    /// that hold its words are offered apart (<see cref="FilterSuggestions"/>).
    /// </summary>
    public static string? UnknownValuesNotice(Search.SearchRequest request, FacetOrdinals ordinals)
    {
        var filtered = Unknown(request.FilterValues, ordinals);
        // A value that names nothing, both chosen and excluded, is told once: the filter finds nothing.
        var excluded = Unknown(request.ExcludedValues, ordinals).Where(e => !filtered.Contains(e)).ToList();
        var both = ChosenAndExcluded(request).Where(b => b.Value == FacetValue.MissingValue || ordinals[b.Dimension].OrdinalOf(b.Value) != null).ToList();
        if (filtered.Count == 0 && excluded.Count == 0 && both.Count == 0) return null;
        // Beside a value that names something, the filter still finds that value's articles: the empty page is not its doing.
        bool Beside((FacetDimension Dimension, string Value) u) => request.FilterValues(u.Dimension.Name).Any(v => v == FacetValue.MissingValue || ordinals[u.Dimension].OrdinalOf(v) != null);
        var alone = filtered.Where(u => !Beside(u)).ToList();
        var beside = filtered.Where(Beside).ToList();
        var said = new List<string>();
        if (alone.Count > 0)
            said.Add($"No article has the {Named(alone)}: the {(alone.Count == 1 ? "filter finds" : "filters find")} nothing.");
        if (beside.Count > 0)
            said.Add($"No article has the {Named(beside)}, so {(beside.Count == 1 ? "it adds" : "they add")} nothing to the filter.");
        if (excluded.Count > 0)
            said.Add($"No article has the {Named(excluded)}: excluding {(excluded.Count == 1 ? "it" : "them")} leaves out nothing.");
        // A value both chosen and excluded is left out: the filter finds nothing when it was the dimension's only choice.
        foreach (var group in both.GroupBy(b => b.Dimension))
        {
            bool only = request.FilterValues(group.Key.Name).All(v => group.Any(b => b.Value == v));
            var values = group.ToList();
            said.Add($"The {Named(values)} {(values.Count == 1 ? "is" : "are")} both chosen and excluded, so "
                + (only ? $"the filter finds nothing." : $"{(values.Count == 1 ? "it adds" : "they add")} nothing to the filter."));
        }
        return string.Join(' ', said);
    }

    // Days too: "date=2022-01-06&exclude.date=2022-01-06" found nothing and said nothing.
    private static IEnumerable<(FacetDimension Dimension, string Value)> ChosenAndExcluded(Search.SearchRequest request) =>
        FacetDimension.All.SelectMany(d => request.FilterValues(d.Name).Intersect(request.ExcludedValues(d.Name)).Select(v => (d, v)));

    /// <summary>The values of <paramref name="values"/> (a request's filter or exclusion values by dimension) that name no value of the index.</summary>
    internal static List<(FacetDimension Dimension, string Value)> Unknown(Func<string, IReadOnlyCollection<string>> values, FacetOrdinals ordinals) =>
        FacetDimension.ValueFiltered
            .SelectMany(d => values(d.Name).Where(v => v != FacetValue.MissingValue && ordinals[d].OrdinalOf(v) == null).Select(v => (d, v)))
            .ToList();

    private static string Named(List<(FacetDimension Dimension, string Value)> unknown) =>
        string.Join(", ", unknown.Select(u => u.Value == FacetValue.MissingValue ? $"unknown {Noun(u.Dimension)}" : $"{Noun(u.Dimension)} “{u.Value}”"));

    /// <summary>What a value of the dimension is, in a sentence: "outlet", "organization", "person", "place".</summary>
    internal static string Noun(FacetDimension dimension) =>
        dimension == FacetDimension.Source ? "outlet" : dimension == FacetDimension.Organization ? "organization" : dimension.Name;

    private static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
