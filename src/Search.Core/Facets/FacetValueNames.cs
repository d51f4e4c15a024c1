using Search.Core.Extraction;

namespace Search.Core.Facets;

/// <summary>
/// Matches facet values against what a user types in a facet's search box: a value matches when its
/// canonical name, or one of its gazetteer aliases for entities, has a word starting with the text
/// (case and accents aside), so "OTS" offers the CSTO by its alias OTSC and "tok" offers Tokayev.
/// </summary>
internal sealed class FacetValueNames(Gazetteer? gazetteer)
{
    public Func<string, bool> Matcher(FacetDimension dimension, string typed)
    {
        string prefix = NameKey.Of(typed);
        if (prefix.Length == 0) return _ => true;
        return label => NamesOf(dimension, label).Any(name => Words(NameKey.Of(name)).Any(w => w.StartsWith(prefix, StringComparison.Ordinal)) || NameKey.Of(name).StartsWith(prefix, StringComparison.Ordinal));
    }

    private IEnumerable<string> NamesOf(FacetDimension dimension, string label) =>
        gazetteer == null ? [label]
        : dimension.EntityType is { } type ? gazetteer.NamesOf(type, label).Append(label)
        : dimension == FacetDimension.Source ? gazetteer.NamesOf(EntityType.Organization, label).Append(label)
        : [label];

    private static string[] Words(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
