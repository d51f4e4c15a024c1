using System.Globalization;

namespace Search.Web.Links;

/// <summary>
/// How a page names the outlet of a linked passage. An article of unknown source is named by its title's first words and
/// its date, since two such articles may be from two outlets, and "an unknown outlet" twice in one list tells nothing.
/// </summary>
public static class OutletName
{
    private const int TitleWords = 5;

    public static string Of(string? source, string title, DateOnly? date) =>
        source ?? (title.Length > 0 ? "“" + FirstWords(title) + "”" : "an unknown outlet") + Day(date);

    /// <summary>The outlet's name with the report's day, for a count that a later one may update.</summary>
    public static string WithDay(string? source, string title, DateOnly? date) => Of(source, title, date) + (source != null ? Day(date) : "");

    private static string Day(DateOnly? date) => date is { } d ? d.ToString(" (d MMM yyyy)", CultureInfo.InvariantCulture) : "";

    private static string FirstWords(string title)
    {
        bool cut = title.EndsWith('…');
        var words = title.TrimEnd('…').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= TitleWords + 1 && !cut ? title : string.Join(' ', words.Take(TitleWords)).TrimEnd(',', ':', ';', '.') + "…";
    }
}
