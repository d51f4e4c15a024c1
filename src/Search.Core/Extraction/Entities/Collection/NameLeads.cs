namespace Search.Core.Extraction;

/// <summary>
/// What a story's paragraphs leave open for the whole story to settle: lone words that may be someone's surname or a firm's
/// short name, and names of plain words that no cue announced ("neither Mutale Chisenga nor Bwalya Sichone had won").
/// </summary>
internal sealed class NameLeads
{
    public List<LoneWord> LoneWords { get; } = [];

    /// <summary>Names of two or three plain capitalized words that nothing beside them announced.</summary>
    public List<string> Unannounced { get; } = [];

    /// <summary>
    /// A lone capitalized word that is the surname of exactly one person named in full refers to that person; else one that
    /// opens the name of exactly one organization, or ends one named head first, refers to it ("Mannesmann", "Dolomiti"). A lone
    /// word a person's cue announces ("Sichone said") makes a person of the one unannounced name it ends ("Bwalya Sichone"): a
    /// QA pass found two candidates of an election named only so missing from the person facet.
    /// </summary>
    public void Resolve(EntityCollection found)
    {
        var bySurname = found.People()
            .GroupBy(name => NameKey.Of(name.Split(' ')[^1]))
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.Single());
        foreach (var (word, afterWomanTitle, announced) in LoneWords)
        {
            // "Mrs. Clinton" is not Bill Clinton, nor "Ms. Rice" Emmett J. Rice: she refers only to a woman named so.
            if (bySurname.TryGetValue(NameKey.Of(word), out string? person) && (!afterWomanTitle || found.IsWoman(person))) found.Add(EntityType.Person, person, word);
            // Before a body it opens: "Sichone said he would" is the candidate, though "Sichone of the Alliance for Change" was
            // read as one body.
            else if (announced && UnannouncedEndingIn(word) is { } named && found.OrganizationBeginningWith(named) == null)
            {
                found.Add(EntityType.Person, named, named);
                found.Add(EntityType.Person, named, word);
                bySurname.TryAdd(NameKey.Of(word), named);
            }
            else if (!afterWomanTitle && (found.OrganizationBeginningWith(word) ?? found.FirmNamedByItsRest(word)) is { } organization) found.Add(EntityType.Organization, organization, word);
        }
    }

    private string? UnannouncedEndingIn(string word)
    {
        string key = NameKey.Of(word);
        var names = Unannounced.Where(n => NameKey.Of(n[(n.LastIndexOf(' ') + 1)..]) == key).DistinctBy(NameKey.Of).Take(2).ToList();
        return names is [var one] ? one : null;
    }
}
