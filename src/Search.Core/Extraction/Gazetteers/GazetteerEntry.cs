namespace Search.Core.Extraction;

/// <summary>One known entity: its canonical name, the other names it goes by, and whether it is a news outlet.</summary>
public sealed record GazetteerEntry(EntityType Type, string Name, IReadOnlyList<string> Aliases, bool IsOutlet)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
