using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>Whether two reports may tell of one event by the places they name.</summary>
internal sealed class EventPlaces(Gazetteer gazetteer)
{
    /// <summary>Reports a day apart at most may tell of one event though they name no known place in common.</summary>
    public const int SameEventDays = 1;

    /// <summary>
    /// Figures are compared only between reports of one event: dated within days of each other (the candidates already are,
    /// when both are dated), and naming a place in common.
    /// </summary>
    public static bool NamePlaceInCommon(StoredArticle a, StoredArticle b)
    {
        var places = a.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        return b.Entities.Any(e => e.Type == EntityType.Place && places.Contains(e.Name));
    }

    /// <summary>
    /// Two reports that both name places the gazetteer knows, and no place in common, tell of two events however alike their
    /// words: a farmers' protest at The Hague and a strike in Lisbon. A known place brings its country, so "Almaty" and
    /// "Kazakhstan" are a place in common. A place it does not know ("the province of Guayas", "Maluku") may lie in the other
    /// report's country or not: two reports that name places, with no known one in common, are of one event only if dated a
    /// day apart at most. A local paper's next-day report of a fire names only the province; a speedboat that sank off Maluku
    /// two days before a ferry sank off Lombok is another sinking. A report that names no place may be of either event. Two
    /// that name known cities or regions, none in common, are two events though they share the country.
    /// </summary>
    public bool ElsewhereEntirely(StoredArticle a, StoredArticle b)
    {
        var ours = Known(a);
        var theirs = Known(b);
        // A known city or region brings its country, so two explosions in two Mexican states share "Mexico": they are two events
        // when each names cities or regions and none in common (a fuel terminal in Guanajuato four days after a plant in Veracruz).
        if (Local(a) is { Count: > 0 } here && Local(b) is { Count: > 0 } there && !here.Overlaps(there)) return true;
        if (ours.Overlaps(theirs) || !NamesAPlace(a) || !NamesAPlace(b)) return false;
        if (ours.Count > 0 && theirs.Count > 0) return true;
        return a.Date is { } x && b.Date is { } y && Math.Abs(x.DayNumber - y.DayNumber) > SameEventDays;
    }

    private static bool NamesAPlace(StoredArticle article) => article.Entities.Any(e => e.Type == EntityType.Place);

    // The known places inside a country (cities, regions) an article names.
    private HashSet<string> Local(StoredArticle article) => article.Entities
        .Where(e => e.Type == EntityType.Place && gazetteer.Find(e.Name) is { Type: EntityType.Place, Country: not null }).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> Known(StoredArticle article) => article.Entities
        .Where(e => e.Type == EntityType.Place && gazetteer.Find(e.Name) is { Type: EntityType.Place }).Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
}
