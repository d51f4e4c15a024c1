namespace Search.Core.Extraction;

/// <summary>
/// The outlet a given source names. A feed's title often adds a section to the outlet ("Reuters: Central Asia", "BBC News -
/// World", "World news | The Guardian"), which made each section an outlet of its own in the facets and the side-by-side
/// view. A part that the gazetteer knows as an outlet is taken; a source it does not know is kept as given.
/// </summary>
internal static class GivenOutlet
{
    private static readonly string[] Separators = [": ", " - ", " – ", " — ", " > ", " | ", " :: "];

    public static string Canonical(Gazetteer gazetteer, string given)
    {
        if (gazetteer.FindOutletLine(given) is { } whole) return whole.Name;
        foreach (string separator in Separators)
        {
            int at = given.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0) continue;
            // The outlet is written first in a feed's title, and last in a page's ("Section | Outlet").
            foreach (string part in new[] { given[..at], given[(given.LastIndexOf(separator, StringComparison.Ordinal) + separator.Length)..] })
                if (part.Trim().Length > 1 && gazetteer.FindOutletLine(part) is { } outlet) return outlet.Name;
        }
        return gazetteer.Canonical(EntityType.Organization, given, outlet: true);
    }
}
