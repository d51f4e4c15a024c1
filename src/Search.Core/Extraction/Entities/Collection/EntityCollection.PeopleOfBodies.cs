using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

// A person named by surname before the body they belong to ("Sichone of the Alliance for Change"), read as one body.
internal sealed partial class EntityCollection
{
    /// <summary>
    /// An organization named "W of the Z" whose first word is the surname of exactly one person of the story is that person,
    /// of the body Z: an eighth QA pass found "Sichone of the Alliance for Change" among the organizations, beside the candidate.
    /// </summary>
    public void SplitPeopleOfBodies()
    {
        var surnames = People().GroupBy(p => NameKey.Of(p.Split(' ')[^1])).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single());
        if (surnames.Count == 0) return;
        foreach (var key in _order.Where(k => k.Type == EntityType.Organization).ToList())
        {
            var (name, mentions) = _entities[key];
            if (SurnameOfBody().Match(name) is not { Success: true } match || !surnames.TryGetValue(NameKey.Of(match.Groups[1].Value), out string? person)) continue;
            _entities.Remove(key);
            _order.Remove(key);
            string surname = match.Groups[1].Value, body = match.Groups[2].Value;
            Add(EntityType.Person, person, surname);
            foreach (string mention in mentions)
            {
                if (NameKey.Of(mention) == NameKey.Of(surname)) Add(EntityType.Person, person, mention);
                else Add(EntityType.Organization, body, mention.StartsWith(surname + " of ", StringComparison.Ordinal) ? body : mention);
            }
        }
    }

    [GeneratedRegex(@"^(\p{Lu}[\p{Ll}'’-]+) of (?:the )?(\p{Lu}.+)$")]
    private static partial Regex SurnameOfBody();
}
