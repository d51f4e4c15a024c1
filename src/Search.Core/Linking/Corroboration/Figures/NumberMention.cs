using System.Globalization;
using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A number as a news text states it: its value, the range the wording allows ("at least 13" and
/// "thirteen" are both about 13; "dozens" is 24 to 99), and where it is in the text.
/// </summary>
internal sealed record NumberMention(double Value, double Low, double High, bool Vague, int Start, int End)
{
    /// <summary>Whether two mentions can be the same count: their ranges meet, or both are round floors ("more than 60" and
    /// "more than 100" may both be true of 120).</summary>
    public bool Agrees(NumberMention other) => Low <= other.High && other.Low <= High || Floor && other.Floor;

    /// <summary>A round number after "more than" or "at least": a floor the reporter rounded, not the count (read up to twice it).</summary>
    public bool Floor { get; init; }

    /// <summary>Where the reporter's qualifier ("at least", "more than") ends: from <see cref="Start"/> to here, or nothing.</summary>
    public int QualifierEnd { get; init; } = Start;

    /// <summary>The number without the words read as its qualifier, where they belong to a verb ("handed over five", "inched up to 9.4").</summary>
    public NumberMention Unqualified() => this with { Low = Value, High = Value, Floor = false, Start = QualifierEnd };
}

/// <summary>Finds the numbers of a text: digits ("1,000", "2.5"), words ("thirteen", "a thousand"), vague amounts ("dozens", "hundreds"); and calendar days.</summary>
internal static partial class NumberMentions
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a"] = 1, ["a dozen"] = 12,
    };

    private static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozen"] = 12, ["hundred"] = 100, ["thousand"] = 1_000, ["million"] = 1_000_000, ["billion"] = 1_000_000_000,
        // Money as business pages write it: "€3.4bn", "$700m", "1.2 bln euros".
        ["bn"] = 1_000_000_000, ["bln"] = 1_000_000_000, ["mln"] = 1_000_000, ["mn"] = 1_000_000, ["m"] = 1_000_000,
        // South Asian reports count in lakhs and crores: "nearly 2.5 lakh devotees" is 250,000.
        ["lakh"] = 100_000, ["lakhs"] = 100_000, ["crore"] = 10_000_000, ["crores"] = 10_000_000,
    };

    // Vague amounts as ranges: "dozens" is at least two dozen and fewer than a hundred, and so on.
    private static readonly Dictionary<string, (double Low, double High)> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = (24, 99), ["scores"] = (40, 199), ["hundreds"] = (200, 999), ["thousands"] = (2_000, 999_999), ["millions"] = (2e6, 999e6),
    };

    internal static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    // A number in words: a ten with its unit ("thirty-four", "twenty one"), a word up to twenty, or "a" (before a scale).
    private const string InWords = @"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?"
        + @"|a dozen|half an?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine|ten|a";

    // A count, its qualifier, a scale ("two hundred", "1.5 million", "two dozen") and what follows a hundred or a thousand ("a hundred and twenty").
    [GeneratedRegex(@"(?:(?<q>\b(?:at least|more than|over|nearly|almost|about|around|some|roughly|approximately|up to|fewer than|less than|another)\s+)(?:(?:US)?[€$£¥]\s?)?)?(?:(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)|(?<w>\b(?:" + InWords + @")\b)|(?<v>\b(?:dozens|scores|hundreds|thousands|millions)\b))(?:[\s-]+(?<s>dozen|hundred|thousand|million|billion|bln|mln|lakhs?|crores?)\b(?:\s+and\s+(?<r>\b(?:" + InWords + @")\b))?|(?<s>bn|bln|mln|mn)\b|(?<=(?:[€$£¥]|\b(?:EUR|USD|GBP))\s?\d[\d.,]*)(?<s>m)\b|(?<s>m)\b(?=\s+(?:passengers|people|customers|users|subscribers|shares|barrels|tonnes|tons|visitors|travell?ers|households|homes)\b))?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    // A day with its month in full or as the wires shorten it ("Jan 14 (Reuters)", "Sept 22"): its number is no count.
    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?|(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Day();

    /// <summary>
    /// The numbers of the text in order, leaving out calendar days and years (they are not counts); a range ("between 10 and 15")
    /// is one number, unless <paramref name="ranges"/> is false (its two ends are then two numbers, as two reports share them).
    /// </summary>
    public static List<NumberMention> In(string text, bool ranges = true)
    {
        // Days and times of day: "January 19", "10:50 a.m.", "2:30 p.m. (1730 GMT)" count nothing.
        var days = Day().Matches(text).Concat(Clock().Matches(text)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        var mentions = new List<NumberMention>();
        foreach (Match m in Number().Matches(text))
        {
            if (days.Any(d => m.Index < d.End && d.Index < m.Index + m.Length)) continue;
            var mention = Read(m);
            // "handed over five people": "over" is the verb's, not a floor, and no part of the quote.
            if (mention != null && text.AsSpan(mention.Start).StartsWith("over ", StringComparison.OrdinalIgnoreCase) && HandedBefore().IsMatch(text.AsSpan(0, mention.Start)))
                mention = mention.Unqualified();
            if (mention != null) mentions.Add(mention);
        }
        // "between 10 and 15 of the wounded", "between $4,000 and $6,000": one count, somewhere in the range, as vague as "dozens".
        for (int i = mentions.Count - 2; ranges && i >= 0; i--)
        {
            var (low, high) = (mentions[i], mentions[i + 1]);
            if (low.QualifierEnd != low.Start || !Between().IsMatch(text.AsSpan(0, low.Start)) || !And().IsMatch(text.AsSpan(low.End, high.Start - low.End))
                || high.Value <= low.Value) continue;
            mentions[i] = new NumberMention((low.Value + high.Value) / 2, low.Low, high.High, true, low.Start, high.End);
            mentions.RemoveAt(i + 1);
        }
        return mentions;
    }

    // A time of day: "10:50 a.m.", "10.30pm", "3 a.m.", "03:00", and a wire's time in GMT ("1730 GMT"), which is no local time.
    [GeneratedRegex(@"\b(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<p>[ap])(?:\.m\.|m\b)|\b(?<h>\d{1,2}):(?<m>\d{2})\b|\b\d{3,4}\s*(?:GMT|UTC)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clock();

    /// <summary>The local times of day the text names, as 24-hour keys ("03:00" for "3 a.m." and "03:00"), with their words.</summary>
    public static IEnumerable<(string Time, string Text)> TimesWritten(string text)
    {
        foreach (Match m in Clock().Matches(text))
        {
            if (!m.Groups["h"].Success) continue;
            int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture), minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
            if (m.Groups["p"].Success) hour = hour % 12 + (char.ToLowerInvariant(m.Groups["p"].Value[0]) == 'p' ? 12 : 0);
            if (hour < 24 && minute < 60) yield return ($"{hour:00}:{minute:00}", m.Value.Trim());
        }
    }

    [GeneratedRegex(@"\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HandedBefore();

    [GeneratedRegex(@"\bbetween\s+[$€£]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s+and\s+[$€£]?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex And();

    /// <summary>The calendar days the text names, as month-day keys ("01-19"), whatever their spelling.</summary>
    public static IEnumerable<string> DaysIn(string text) => DaysWritten(text).Select(d => d.Day);

    /// <summary>The calendar days of a text as <see cref="DaysIn"/> gives them, each with its words in the text ("19 January").</summary>
    public static IEnumerable<(string Day, string Text)> DaysWritten(string text) =>
        Day().Matches(text).Select(m => ($"{MonthOf(m.Groups["m"].Value):00}-{int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture):00}", m.Value.Trim()));

    // A month by its name or the first three letters of it ("Jan", "Sept"), 1 to 12.
    private static int MonthOf(string name) => Array.FindIndex(Months, m => m.StartsWith(name[..3], StringComparison.OrdinalIgnoreCase)) + 1;

    // Sixty, a hundred, five thousand, 2 million: a number reporters round to.
    private static bool Round(double value) => value >= 10 && value % Math.Pow(10, Math.Floor(Math.Log10(value))) == 0;

    // "thirty-four" is thirty and four; "a dozen" is one word of the table.
    internal static double InWordsValue(string words) =>
        Words.TryGetValue(words, out int whole) ? whole : words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Sum(w => Words[w]);

    private static NumberMention? Read(Match m)
    {
        string qualifier = m.Groups["q"].Value.Trim().ToLowerInvariant();
        double scale = m.Groups["s"].Success ? Scales[m.Groups["s"].Value] : 1;
        int start = m.Index, end = m.Index + m.Length;
        int qualifierEnd = m.Groups["q"].Success ? m.Groups["q"].Index + m.Groups["q"].Length : start;
        if (m.Groups["v"].Success)
        {
            var (low, high) = Vague[m.Groups["v"].Value];
            return new NumberMention((low + high) / 2, low, high, true, start, end) { QualifierEnd = qualifierEnd };
        }
        double value, unit = scale;
        bool decimals = false;
        if (m.Groups["n"].Success)
        {
            string digits = m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal);
            value = double.Parse(digits, CultureInfo.InvariantCulture);
            if (digits.IndexOf('.') is > 0 and int point) (unit, decimals) = (scale * Math.Pow(10, -(digits.Length - point - 1)), true);
            // "more than 410,000" was rounded to the ten thousand: its next count is 420,000.
            else if (value > 0) unit = scale * Math.Pow(10, digits.Length - digits.TrimEnd('0').Length);
            // A bare four-digit number from 1900 to 2100 is a year, not a count.
            if (!m.Groups["s"].Success && !digits.Contains('.') && value is >= 1900 and <= 2100 && qualifier.Length == 0) return null;
        }
        else
        {
            string word = m.Groups["w"].Value;
            // "a" and "half a" are numbers only before a scale: "a thousand", "half a million".
            bool half = word.StartsWith("half", StringComparison.OrdinalIgnoreCase);
            if ((half || word.Equals("a", StringComparison.OrdinalIgnoreCase)) && !m.Groups["s"].Success) return null;
            value = half ? 0.5 : InWordsValue(word);
        }
        value *= scale;
        if (m.Groups["r"].Success && scale < 1_000_000) value += InWordsValue(m.Groups["r"].Value);
        // "At least 13", "more than 1,000", "about 400": reporters state the count they have, so each is read as
        // that count or a little more (or less, for "up to"), never as an open range that any larger count would meet.
        // "At least 27" is 27 or the next count its digits could state, 28 ("more than 2.5 million": 2.6 million); until
        // 2026-12-06 it was up to a tenth more, which held "at least 27" and 29, and "at least 31" and 33, to agree.
        // A round number after "more than" is a floor, not the count: "more than 100 people survived" and "120 people were rescued"
        // agree, and so do "more than 60 injured" and "74", and "more than 30" and "46", where "at least 13" and "15" do not.
        // So is a number of dozens ("more than two dozen villagers" and "31", "at least a dozen").
        bool dozens = scale == 12 || m.Groups["w"].Value.Equals("a dozen", StringComparison.OrdinalIgnoreCase);
        bool floor = qualifier is "at least" or "more than" or "over" && (Round(value) || dozens);
        var (below, above) = qualifier switch
        {
            _ when floor => (0.0, 1.0),
            "at least" or "more than" or "over" => (0.0, unit / value),
            // A number written with decimals says how near it is: "nearly $1.4 billion" is $1.3 billion to $1.4 billion, and
            // "around €13.5bn" is not €13 billion.
            "up to" or "fewer than" or "less than" or "nearly" or "almost" => (decimals ? Math.Min(0.1, unit / value) : 0.1, 0.0),
            "" or "another" => (0.0, 0.0),
            // "about 3,000", "some 11,500": a twentieth either way, so "about 3,000" and 2,800 jobs, or "about 12,000" and "more
            // than 13,000" strikers, are two figures; until 2026-12-06 it was a tenth, which held each pair to agree.
            _ when decimals => (Math.Min(0.05, unit / 2 / value), Math.Min(0.05, unit / 2 / value)),
            _ => (0.05, 0.05),
        };
        return new NumberMention(value, value * (1 - below), value * (1 + above), false, start, end) { QualifierEnd = qualifierEnd, Floor = floor };
    }
}
