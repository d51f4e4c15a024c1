namespace Search.Core.Extraction;

// Firms named with their head first ("Mineração Serra Azul SA", "Banca Dolomiti"), which the rest of their name names short.
internal sealed partial class EntityCollection
{
    // "Serra Azul said the dam held" reads as a person's name: a QA pass found the miner among the people.
    private void MergePeopleNamedAsFirms()
    {
        foreach (var key in _order.Where(k => k.Type == EntityType.Person).ToList())
        {
            if (HeadFirstFirm(key.Key) is not { } firm) continue;
            foreach (string mention in _entities[key].Mentions.Where(m => !_entities[firm].Mentions.Contains(m))) _entities[firm].Mentions.Add(mention);
            _entities.Remove(key);
            _order.Remove(key);
        }
    }

    /// <summary>
    /// The one firm named with its head first whose rest is this word ("Dolomiti" of "Banca Dolomiti"), or null: a QA pass found
    /// "each Dolomiti share" no mention of the bank, so a search for the bank by name left those paragraphs out.
    /// </summary>
    public string? FirmNamedByItsRest(string word) => HeadFirstFirm(NameKey.Of(word)) is { } firm ? _entities[firm].Name : null;

    private (EntityType Type, string Key)? HeadFirstFirm(string restKey)
    {
        var firms = _order.Where(k => k.Type == EntityType.Organization && k.Key.Split(' ')[0] is var opener && OpenerKeys.Contains(opener)
            && WithoutForms(k.Key) == opener + " " + restKey).Take(2).ToList();
        return firms is [var firm] ? firm : null;
    }

    private static readonly HashSet<string> OpenerKeys = new(FirmNames.Openers.Select(NameKey.Of), StringComparer.Ordinal);

    // "mineracao serra azul sa" is "mineracao serra azul".
    private static string WithoutForms(string key)
    {
        while (key.LastIndexOf(' ') is > 0 and var space && FirmEndings.Contains(key[(space + 1)..])) key = key[..space];
        return key;
    }
}
