namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// Maps the Reuters-21578 tag vocabulary to the gazetteer's canonical names (<c>usa</c> → United States,
/// <c>reagan</c> → Ronald Reagan, <c>ec</c> → European Community). The file has one tag a line:
/// <c>kind&lt;TAB&gt;tag&lt;TAB&gt;canonical name</c>, kind being place, person or org; '#' starts a comment.
/// A tag without a line keeps its own text, with hyphens as spaces.
/// </summary>
public sealed class ReutersTagNames
{
    private readonly Dictionary<(EntityType, string), string> _names = [];

    public static ReutersTagNames Load(string file)
    {
        var names = new ReutersTagNames();
        int line = 0;
        foreach (string text in File.ReadLines(file))
        {
            line++;
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#')) continue;
            string[] columns = text.Split('\t');
            if (columns.Length != 3) throw new FormatException($"{file}:{line}: expected 'kind<TAB>tag<TAB>canonical name'");
            var type = columns[0] switch
            {
                "place" => EntityType.Place,
                "person" => EntityType.Person,
                "org" => EntityType.Organization,
                var other => throw new FormatException($"{file}:{line}: unknown kind '{other}'"),
            };
            names._names[(type, columns[1].Trim())] = columns[2].Trim();
        }
        return names;
    }

    public string Canonical(EntityType type, string tag) =>
        _names.TryGetValue((type, tag), out string? name) ? name : tag.Replace('-', ' ');
}
