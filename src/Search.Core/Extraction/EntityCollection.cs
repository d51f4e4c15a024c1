namespace Search.Core.Extraction;

/// <summary>Entities found so far in one article, keyed by type and canonical name, with their mentions.</summary>
internal sealed class EntityCollection
{
    private readonly Dictionary<(EntityType, string), List<string>> _mentions = [];
    private readonly List<(EntityType Type, string Name)> _order = [];

    public void Add(EntityType type, string name, string mention)
    {
        name = Clean(name);
        mention = Clean(mention);
        // Two spellings of one rule-found name ("Kassym-Jomart" / "Kassym Jomart") are one entity.
        var key = _order.FirstOrDefault(e => e.Type == type && NameKey.Of(e.Name) == NameKey.Of(name));
        if (key.Name == null)
        {
            key = (type, name);
            _order.Add(key);
            _mentions[key] = [];
        }
        if (!_mentions[key].Contains(mention)) _mentions[key].Add(mention);
    }

    public IEnumerable<string> People() => _order.Where(e => e.Type == EntityType.Person).Select(e => e.Name);

    public IReadOnlyList<Entity> ToEntities() =>
        _order.Select(e => new Entity(e.Type, e.Name, _mentions[e])).ToList();

    private static string Clean(string name)
    {
        name = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
    }
}
