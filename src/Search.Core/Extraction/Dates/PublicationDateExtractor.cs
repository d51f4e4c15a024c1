using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// Finds an article's publication date in a by-line or footer: a short line near the top or bottom
/// holding an explicit date ("07/01/2022", "2022-01-07", "2022/01/07", "January 7, 2022", "7 January 2022").
/// Numeric day/month order is resolved from the months the article names; when it cannot be resolved,
/// there is no date rather than a guess. Dates inside the story are event dates and are ignored.
/// </summary>
public static partial class PublicationDateExtractor
{
    private const int EdgeParagraphs = 3;
    private const int MaxLineLength = 80;

    private static readonly string[] MonthNames =
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Where(m => m.Length > 0).ToArray();

    [GeneratedRegex(@"\b(?<a>\d{1,2})[/.](?<b>\d{1,2})[/.](?<y>(?:19|20)\d{2})\b")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.? (?<d>\d{1,2}),? (?<y>(?:19|20)\d{2})\b")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?,? (?<y>(?:19|20)\d{2})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"^(?:(?:published|updated|posted|date|dated|on)\s*:?\s*)?[\d/.\-]+$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnlyLine();

    // A wire dateline with its year: "WASHINGTON, Feb. 26, 2019 (AP) —", "LONDON, March 3, 1987 -". Without the year
    // ("NEW YORK, Feb 26 -") the day is left unknown: no rule infers the year without sometimes guessing wrong.
    [GeneratedRegex(@"^\p{Lu}[\p{L} .,'/-]{1,60}?,\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+(?<d>\d{1,2}),?\s+(?<y>(?:19|20)\d{2})\s*(?:\([^()]{2,40}\)\s*)?[-–—]")]
    private static partial Regex DatelineWithYear();

    /// <summary>The date with its evidence, and the index of a paragraph that is nothing but that date (to drop from the text).</summary>
    public static (Extracted<DateOnly>? Date, int? DateParagraph) Find(IReadOnlyList<string> paragraphs) =>
        ByLineOrFooter(paragraphs) is { Date: not null } found ? found : (Dateline(paragraphs), null);

    private static Extracted<DateOnly>? Dateline(IReadOnlyList<string> paragraphs)
    {
        // The dateline opens the story, after a headline, a by-line or a photo caption.
        for (int i = 0; i < Math.Min(EdgeParagraphs + 1, paragraphs.Count); i++)
        {
            var m = DatelineWithYear().Match(paragraphs[i]);
            if (m.Success && TryMake(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["month"].Value),
                    int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), out var date))
                return new Extracted<DateOnly>(date, new Evidence("dateline", m.Value.Trim()));
        }
        return null;
    }

    private static (Extracted<DateOnly>? Date, int? DateParagraph) ByLineOrFooter(IReadOnlyList<string> paragraphs)
    {
        string allText = string.Join("\n", paragraphs);
        foreach (int i in EdgeIndexes(paragraphs.Count))
        {
            string line = paragraphs[i].Trim();
            if (line.Length > MaxLineLength) continue;
            if (TryParse(line, allText, out var date, out string rule, out string text) && IsBylineOrFooter(line, text))
            {
                int? dateLine = DateOnlyLine().IsMatch(line) || IsOnlyTheDate(line, text) ? i : null;
                return (new Extracted<DateOnly>(date, new Evidence(rule, text)), dateLine);
            }
        }
        return (null, null);
    }

    // A by-line or footer is the date with nothing but names, times and publishing words around it
    // ("Published 7 January 2022", "By Rob Picheta, CNN Updated 10:15 AM ET, January 6, 2022").
    // Any other lower-case word makes it a line of the story, and its date an event's: "bonds due June 1, 2011",
    // "Company was formed Dec 30, 1985.", "Period ended December 31, 1986", "Record March 31, 1987" (issue 13).
    private static bool IsBylineOrFooter(string line, string date)
    {
        var words = WordPattern().Matches(line.Replace(date, " ")).Select(m => m.Value);
        return words.All(w => PublishingWords.Contains(w) || char.IsUpper(w[0]) && !EventWords.Contains(w) || char.IsDigit(w[0]));
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’.]*|\d[\d:]*")]
    private static partial Regex WordPattern();

    // "Updated 10:15 AM ET, Sat October 1, 2022": publishing words, a time and a weekday around the date, no name,
    // so the line is no story text (and must not become the lead).
    private static bool IsOnlyTheDate(string line, string date) =>
        WordPattern().Matches(line.Replace(date, " ")).All(m => PublishingWords.Contains(m.Value) || TimeWords.Contains(m.Value) || char.IsDigit(m.Value[0]));

    private static readonly HashSet<string> TimeWords = new(
        ["ET", "EST", "EDT", "CT", "PT", "PST", "PDT", "GMT", "UTC", "BST", "CET", "CEST", "Mon", "Tue", "Tues", "Wed", "Thu", "Thurs", "Fri", "Sat", "Sun",
         "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> PublishingWords = new(
        ["published", "updated", "posted", "date", "dated", "on", "at", "by", "last", "modified", "first", "created", "am", "pm", "a.m.", "p.m."],
        StringComparer.OrdinalIgnoreCase);

    // Capitalized words that open an event line in wire copy and tables, never a by-line.
    private static readonly HashSet<string> EventWords = new(
        ["Record", "Note", "Period", "Year", "Qtr", "Quarter", "Due", "Effective", "Payable", "Company", "Ended", "Since", "Until", "From"],
        StringComparer.OrdinalIgnoreCase);

    // Footer first (bottom up), then the by-line area.
    private static IEnumerable<int> EdgeIndexes(int count)
    {
        for (int i = count - 1; i >= Math.Max(0, count - EdgeParagraphs); i--) yield return i;
        for (int i = 0; i < Math.Min(EdgeParagraphs, count - EdgeParagraphs); i++) yield return i;
    }

    private static bool TryParse(string line, string allText, out DateOnly date, out string rule, out string text)
    {
        date = default;
        rule = text = "";
        if (IsoDate().Match(line) is { Success: true } iso && TryMake(iso, "y", "m", "d", out date))
        {
            (rule, text) = ("year-month-day date", iso.Value);
            return true;
        }
        foreach (var regex in new[] { MonthDayYear(), DayMonthYear() })
        {
            var m = regex.Match(line);
            if (!m.Success) continue;
            int month = MonthNumber(m.Groups["month"].Value);
            if (TryMake(int.Parse(m.Groups["y"].Value), month, int.Parse(m.Groups["d"].Value), out date))
            {
                (rule, text) = ("written date", m.Value);
                return true;
            }
        }
        var numeric = NumericDate().Match(line);
        if (!numeric.Success) return false;
        int a = int.Parse(numeric.Groups["a"].Value), b = int.Parse(numeric.Groups["b"].Value), y = int.Parse(numeric.Groups["y"].Value);
        text = numeric.Value;
        if (a > 12 || a == b) return TryMake(y, b, a, out date) && Set("day/month date", out rule);
        if (b > 12) return TryMake(y, a, b, out date) && Set("month/day date", out rule);

        // Both orders are possible: take the one whose month the article names, and only that one.
        bool namesB = NamesMonth(allText, b), namesA = NamesMonth(allText, a);
        if (namesB && !namesA) return TryMake(y, b, a, out date) && Set("day/month date (month named in text)", out rule);
        if (namesA && !namesB) return TryMake(y, a, b, out date) && Set("month/day date (month named in text)", out rule);
        return false;

        static bool Set(string value, out string rule)
        {
            rule = value;
            return true;
        }
    }

    private static bool TryMake(Match m, string y, string mo, string d, out DateOnly date) =>
        TryMake(int.Parse(m.Groups[y].Value), int.Parse(m.Groups[mo].Value), int.Parse(m.Groups[d].Value), out date);

    private static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int MonthNumber(string name) =>
        Array.FindIndex(MonthNames, m => m.StartsWith(name, StringComparison.OrdinalIgnoreCase)) + 1;

    private static bool NamesMonth(string text, int month) =>
        Regex.IsMatch(text, $@"\b{MonthNames[month - 1]}\b");
}
