namespace Search.Core.Extraction;

/// <summary>
/// The gazetteer's file format: one entry a line, <c>kind, canonical name, aliases separated by '|', tags, country</c>, tab
/// separated; '#' opens a comment. The tags are <c>outlet</c>, <c>region</c>, <c>until:YEAR</c>, <c>since:YEAR</c> and
/// <c>within:UNION:YEAR</c> (docs/extraction.md). A malformed line is an error naming the file and the line.
/// </summary>
internal static class GazetteerFile
{
    public static IEnumerable<GazetteerEntry> Entries(string text, string origin)
    {
        string[] lines = text.Replace("\r\n", "\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            string[] columns = line.Split('\t');
            if (columns.Length < 2 || columns[1].Trim().Length == 0)
                throw new FormatException($"{Ingestion.PrintableText.Of(origin)}:{i + 1}: expected 'kind<TAB>name<TAB>aliases<TAB>tags<TAB>country'");
            EntityType type = columns[0].Trim() switch
            {
                "person" => EntityType.Person,
                "org" => EntityType.Organization,
                "place" => EntityType.Place,
                var other => throw new FormatException($"{Ingestion.PrintableText.Of(origin)}:{i + 1}: unknown kind '{Ingestion.PrintableText.Of(other, 40)}' (person, org or place)"),
            };
            var aliases = columns.Length > 2
                ? columns[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                : [];
            var tags = columns.Length > 3 ? columns[3].Split(',', StringSplitOptions.TrimEntries) : [];
            bool outlet = tags.Contains("outlet");
            int? until = YearTag(tags, "until:", origin, i), since = YearTag(tags, "since:", origin, i);
            string? country = columns.Length > 4 && columns[4].Trim().Length > 0 ? columns[4].Trim() : null;
            var within = WithinTag(tags, origin, i);
            yield return new GazetteerEntry(type, columns[1].Trim(), aliases, outlet)
            {
                Country = country, Until = until, Since = since, Within = within, IsRegion = tags.Contains("region"),
            };
        }
    }

    // "within:Soviet Union:1991": the union a country was part of, until that year.
    private static (string, int)? WithinTag(string[] tags, string origin, int line)
    {
        const string prefix = "within:";
        if (tags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.Ordinal)) is not { } tag) return null;
        int colon = tag.LastIndexOf(':');
        return colon > prefix.Length && int.TryParse(tag[(colon + 1)..], out int year) && tag[prefix.Length..colon].Trim() is { Length: > 0 } union ? (union, year)
            : throw new FormatException($"{Ingestion.PrintableText.Of(origin)}:{line + 1}: '{Ingestion.PrintableText.Of(tag, 40)}' is not within:<union>:<year>");
    }

    private static int? YearTag(string[] tags, string prefix, string origin, int line)
    {
        int? value = null;
        foreach (string tag in tags.Where(t => t.StartsWith(prefix, StringComparison.Ordinal)))
            value = int.TryParse(tag[prefix.Length..], out int year) ? year
                : throw new FormatException($"{Ingestion.PrintableText.Of(origin)}:{line + 1}: '{Ingestion.PrintableText.Of(tag, 40)}' is not {prefix}<year>");
        return value;
    }
}
