namespace Search.Core.Extraction;

/// <summary>Entities found so far in one article, keyed by type and canonical name, with their mentions in order.</summary>
internal sealed partial class EntityCollection
{
    private readonly Dictionary<(EntityType, string Key), (string Name, List<string> Mentions)> _entities = [];
    private readonly List<(EntityType Type, string Key)> _order = [];
    private readonly HashSet<string> _women = [];

    public void Add(EntityType type, string name, string mention)
    {
        name = Clean(name);
        mention = Clean(mention);
        // Two spellings of one rule-found name ("Kassym-Jomart" / "Kassym Jomart") share a key and so are one entity.
        var key = (type, NameKey.Of(name));
        if (!_entities.TryGetValue(key, out var entity))
        {
            _entities[key] = entity = (name, []);
            _order.Add(key);
        }
        if (!entity.Mentions.Contains(mention)) entity.Mentions.Add(mention);
    }

    /// <summary>Takes back one mention of an entity; the entity goes when it has no mention left.</summary>
    public void Withdraw(EntityType type, string name, string mention)
    {
        var key = (type, NameKey.Of(Clean(name)));
        if (!_entities.TryGetValue(key, out var entity)) return;
        entity.Mentions.Remove(Clean(mention));
        if (entity.Mentions.Count > 0) return;
        _entities.Remove(key);
        _order.Remove(key);
    }

    /// <summary>Notes that a person was named with a woman's title ("Ms. Susan Rice"), so "Ms. Rice" may refer to her.</summary>
    public void MarkWoman(string name) => _women.Add(Clean(name));

    public bool IsWoman(string name) => _women.Contains(name);

    public IEnumerable<string> People() =>
        _order.Where(k => k.Type == EntityType.Person).Select(k => _entities[k].Name);

    /// <summary>The one organization found so far whose name begins with these words ("Merrill Lynch" → "Merrill Lynch and Co"), or null.</summary>
    public string? OrganizationBeginningWith(string words)
    {
        // "European sugar producers", "1.3 European currency units": a people's adjective alone describes; it is no short
        // form of the European Community, which it made every "European" of a story.
        if (IsAdjectiveOfAPeople(words)) return null;
        // Called for every capitalized run: a plain loop, no garbage unless an organization is found.
        string prefix = NameKey.Of(words);
        (EntityType, string Key)? only = null;
        List<(EntityType, string Key)>? several = null;
        foreach (var key in _order)
        {
            if (key.Type != EntityType.Organization || key.Key.Length <= prefix.Length || key.Key[prefix.Length] != ' '
                || !key.Key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (only != null) (several ??= [only.Value]).Add(key);
            only = key;
        }
        // Of several ("Combustion Engineering Inc", "Combustion Engineering Canada Inc"), the one the words name with a company form alone.
        if (several != null) only = several.Where(k => IsFirmEnding(k.Key[(prefix.Length + 1)..])).Take(2).ToList() is [var firm] ? firm : null;
        return only is { } found ? _entities[found].Name : null;
    }

    // "and Co Inc", "Ltd": company forms alone, as name keys write them.
    private static bool IsFirmEnding(string rest) => rest.Split(' ').All(w => w is "and" or "&" || FirmEndings.Contains(w));

    private static bool IsAdjectiveOfAPeople(string words) =>
        !words.Contains(' ') && (words.EndsWith("ean", StringComparison.Ordinal) || words.EndsWith("ian", StringComparison.Ordinal)
            || words.EndsWith("ese", StringComparison.Ordinal));

    /// <summary>
    /// A person mentioned only by surname ("Stoltenberg", which the gazetteer gives to Jens Stoltenberg) is the one person of
    /// that surname the article names in full ("Gerhard Stoltenberg"): a report names its subject in full before it shortens it.
    /// </summary>
    public void MergeSurnamesIntoFullNames()
    {
        foreach (var key in _order.Where(k => k.Type == EntityType.Person).ToList())
        {
            var (name, mentions) = _entities[key];
            string surname = NameKey.Of(name.Split(' ')[^1]);
            if (mentions.Any(m => m.Contains(' ') || NameKey.Of(m) != surname)) continue;
            var namedInFull = _order.Where(k => k.Type == EntityType.Person && k != key)
                .Where(k => _entities[k].Mentions.Any(m => m.Contains(' ')) && NameKey.Of(_entities[k].Name.Split(' ')[^1]) == surname)
                .Take(2).ToList();
            if (namedInFull is not [var person]) continue;
            foreach (string mention in mentions.Where(m => !_entities[person].Mentions.Contains(m))) _entities[person].Mentions.Add(mention);
            _entities.Remove(key);
            _order.Remove(key);
        }
    }

    /// <summary>
    /// An organization named by the end of the one longer name the article gives ("Stock Exchange" after "London Stock
    /// Exchange", "Statistics Office" after "Federal Statistics Office") is that organization, as a surname is its person's.
    /// A name that is whole is left alone: a known one (<paramref name="isKnown"/>: "Bank of Japan" is not the Industrial Bank
    /// of Japan), one with a company form ("Celanese Corp"), or one with "of" ("Bank of Boston").
    /// </summary>
    public void MergeShortFormsIntoLongerOrganizations(Func<string, bool> isKnown)
    {
        foreach (var key in _order.Where(k => k.Type == EntityType.Organization && k.Key.Contains(' ')).ToList())
        {
            string name = _entities[key].Name;
            if (name.Contains(" of ", StringComparison.Ordinal) || EntityRules.CompanyForms.Contains(name[(name.LastIndexOf(' ') + 1)..].TrimEnd('.'))
                || isKnown(name)) continue;
            string ending = " " + key.Key;
            var longer = _order.Where(k => k.Type == EntityType.Organization && k.Key.EndsWith(ending, StringComparison.Ordinal)).Take(2).ToList();
            if (longer is not [var organization]) continue;
            foreach (string mention in _entities[key].Mentions.Where(m => !_entities[organization].Mentions.Contains(m))) _entities[organization].Mentions.Add(mention);
            _entities.Remove(key);
            _order.Remove(key);
        }
        MergePeopleNamedAsFirms();
    }

    /// <summary>
    /// A firm named short ("brokers James Capel") is the firm the article names in full with its company form ("James Capel and
    /// Co"), as "Merrill Lynch" is Merrill Lynch and Co Inc. A known name keeps its own (<paramref name="isKnown"/>: Union Bank of
    /// Switzerland is no subsidiary "Union Bank of Switzerland NV"), and a person stays a person ("Mario Gabelli, head of ...
    /// Mario Gabelli and Co"). A one-word name is the one longer name it opens ("Lyra", "Lyra Cell Technologies").
    /// </summary>
    public void MergeFirmsNamedShort(Func<string, bool> isKnown)
    {
        // Plain loops, the cheap test first: most articles have no organization whose name opens another's.
        for (int i = _order.Count - 1; i >= 0; i--)
        {
            var key = _order[i];
            if (key.Type != EntityType.Organization) continue;
            (EntityType, string Key)? firm = null;
            int found = 0;
            foreach (var other in _order)
            {
                if (other.Type != EntityType.Organization || other.Key.Length <= key.Key.Length + 1 || other.Key[key.Key.Length] != ' '
                    || !other.Key.StartsWith(key.Key, StringComparison.Ordinal) || !IsFirmEnding(other.Key[(key.Key.Length + 1)..])) continue;
                firm = other;
                found++;
            }
            // A one-word name opens any one longer name: the title's "Lyra soars" is the lead's "Lyra Cell Technologies", as a lone
            // "Lyra" that no cue made a firm was already that firm's (OrganizationBeginningWith). Not one before "and": "Pertamina
            // and Japex North Sumatra Ltd" may be two firms.
            if (found == 0 && !key.Key.Contains(' ') && OrganizationBeginningWith(_entities[key].Name) is { } fullName
                && NameKey.Of(fullName)[key.Key.Length..].Split(' ', 3)[1] is not ("and" or "&"))
                (firm, found) = ((EntityType.Organization, NameKey.Of(fullName)), 1);
            if (found != 1) continue;
            // A name complete in itself is left alone: one with "of", or ending in a head ("London Metal Exchange" is no "... Ltd" of a story).
            string name = _entities[key].Name;
            if (name.Contains(" of ", StringComparison.Ordinal) || EntityRules.OrganizationHeads.Contains(name[(name.LastIndexOf(' ') + 1)..]) || isKnown(name)) continue;
            var into = _entities[firm!.Value];
            foreach (string mention in _entities[key].Mentions)
                if (!into.Mentions.Contains(mention)) into.Mentions.Add(mention);
            _entities.Remove(key);
            // Where the firm was first named: a title's "Lyra soars" before the lead's "Lyra Cell Technologies".
            int full = _order.IndexOf(firm.Value);
            if (full < i) _order.RemoveAt(i);
            else
            {
                _order[i] = firm.Value;
                _order.RemoveAt(full);
            }
        }
    }

    // Company forms as name keys write them (lower case, no dots).
    private static readonly HashSet<string> FirmEndings = new(EntityRules.CompanyForms.Select(NameKey.Of).Concat(["company", "sons", "partners"]), StringComparer.Ordinal);

    /// <summary>"the Gulf", as written, when the story says it; <see cref="ResolveByTheStory"/> names it.</summary>
    public string? TheGulf { get; set; }

    /// <summary>Names only the whole story resolves: which gulf "the Gulf" is, and whose ministry a ministry with no country is.</summary>
    public void ResolveByTheStory(Gazetteer gazetteer)
    {
        ResolveTheGulf();
        QualifyBodiesByTheStory(gazetteer);
    }

    // "the Gulf" of a story that names a country on the Persian Gulf is that gulf; of another story, none said which.
    private void ResolveTheGulf()
    {
        if (TheGulf is { } mention && _order.Any(k => k.Type == EntityType.Place && EntityRules.GulfCountries.Contains(_entities[k].Name)))
            Add(EntityType.Place, "Persian Gulf", mention);
    }

    // A ministry or department the text gave no country ("the Health Ministry said", with no dateline) is the one of the
    // country the story is plainly set in: the only country it names, or the one named, itself or by its towns, in at least
    // twice as many ways as any other. A Romanian, a Kenyan and a Peruvian story's "Ministry of Health" had been one facet value.
    private void QualifyBodiesByTheStory(Gazetteer gazetteer)
    {
        var countries = _order.Where(k => k.Type == EntityType.Place && gazetteer.IsCountry(_entities[k].Name))
            .Select(k => (_entities[k].Name, Ways: _entities[k].Mentions.Count)).OrderByDescending(c => c.Ways).Take(2).ToList();
        if (countries.Count == 0 || countries.Count == 2 && countries[0].Ways < 2 * countries[1].Ways) return;
        foreach (var key in _order.Where(k => k.Type == EntityType.Organization).ToList())
        {
            var (name, mentions) = _entities[key];
            if (GovernmentBodyName.Parse(name.Split(' '), gazetteer.CountryOf) is not (null, var bare) || bare != name) continue;
            string qualified = GovernmentBodyName.Qualified(gazetteer, name, countries[0].Name);
            if (qualified == name) continue;
            var added = (EntityType.Organization, NameKey.Of(qualified));
            bool known = _entities.ContainsKey(added);
            _entities.Remove(key);
            int at = _order.IndexOf(key);
            _order.RemoveAt(at);
            foreach (string mention in mentions) Add(EntityType.Organization, qualified, mention);
            // Where the body was first named, not at the end: the order is of first mention. A body the story also named with
            // its country keeps the earlier place it has.
            if (known && _order.IndexOf(added) < at) continue;
            _order.Remove(added);
            _order.Insert(at, added);
        }
    }

    public IReadOnlyList<Entity> ToEntities() =>
        _order.Select(k => new Entity(k.Type, _entities[k].Name, _entities[k].Mentions)).ToList();

    private static string Clean(string name)
    {
        name = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return name.StartsWith("The ", StringComparison.Ordinal) ? name[4..] : name;
    }
}
