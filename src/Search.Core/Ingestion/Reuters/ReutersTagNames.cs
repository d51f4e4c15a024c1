using System.Reflection;

namespace Search.Core.Ingestion.Reuters;

/// <summary>
/// The Reuters-21578 tag vocabulary as names (<c>usa</c> → United States, <c>reagan</c> → Ronald Reagan,
/// <c>ico-coffee</c> → International Coffee Organization), from <c>reuters-tag-names.tsv</c> beside this file:
/// <c>kind&lt;TAB&gt;tag&lt;TAB&gt;name</c> a line, kind being place, person or org; '#' starts a comment. A tag without a
/// line keeps its own text, with hyphens as spaces. Without it a facet listed "ico-coffee" apart from the International
/// Coffee Organization that extraction finds in the same stories.
/// </summary>
public sealed class ReutersTagNames
{
    private const string Resource = "Search.Core.Ingestion.Reuters.reuters-tag-names.tsv";
    private static readonly Lazy<ReutersTagNames> ShippedNames = new(LoadShipped);
    private readonly Dictionary<(string Kind, string Tag), string> _names = [];

    /// <summary>The table shipped with the reader.</summary>
    public static ReutersTagNames Shipped => ShippedNames.Value;

    /// <summary>Reads a table; a malformed line is an error naming it.</summary>
    public static ReutersTagNames Parse(string text, string origin)
    {
        var names = new ReutersTagNames();
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            string[] columns = line.Split('\t');
            if (columns.Length != 3) throw new FormatException($"{origin}:{i + 1}: expected 'kind<TAB>tag<TAB>name'");
            if (columns[0] is not ("place" or "person" or "org"))
                throw new FormatException($"{origin}:{i + 1}: unknown kind '{PrintableText.Of(columns[0], 40)}' (place, person or org)");
            names._names[(columns[0], columns[1].Trim())] = columns[2].Trim();
        }
        return names;
    }

    /// <summary>The name of a tag of a kind (<c>place</c>, <c>person</c> or <c>org</c>, as the SGML's PLACES, PEOPLE and ORGS).</summary>
    public string Canonical(string kind, string tag) =>
        _names.TryGetValue((kind, tag), out string? name) ? name : tag.Replace('-', ' ');

    private static ReutersTagNames LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), Resource);
    }
}
