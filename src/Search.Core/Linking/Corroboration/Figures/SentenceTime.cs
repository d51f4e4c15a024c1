using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The year a sentence tells of: the one it opens with ("In 2018, more than 160 people died…", "Last year, a speedboat
/// caught fire…") or sets its event in ("…happened in 1990, when more than 300 people died"), else its article's. A sentence that opens on another year is background about another event: its count is
/// no rival to today's toll, and it states no fact of today's reports. So is a sentence of what happens every year ("Mine
/// accidents kill dozens of people in Zimbabwe every year", "Davao de Oro is a region where landslides are frequent"), and
/// one of an earlier event of the same year ("The quake came two weeks after a tremor in Kunar killed four people").
/// </summary>
internal readonly partial record struct SentenceTime(int? Stated, int? Published, bool Habitual = false, bool Earlier = false)
{
    /// <summary>No year known: never differs.</summary>
    public static SentenceTime Unknown { get; } = new(null, null);

    private int? Year => Stated ?? Published;

    /// <summary>
    /// Whether the two sentences tell of different times: one of what happens every year and the other not, or at least one
    /// opens on a year, and the two years are known and differ. Two sentences that open on no year are of their articles' days,
    /// which the candidates' window already keeps close.
    /// </summary>
    public bool Differs(SentenceTime other) =>
        Habitual != other.Habitual || Earlier != other.Earlier || (Stated != null || other.Stated != null) && Year is { } mine && other.Year is { } theirs && mine != theirs;

    /// <summary>Whether the sentence tells of another time than its article's: another year, what happens every year, or an earlier event.</summary>
    public bool OfAnotherTime => Habitual || Earlier || Stated is { } stated && Published is { } published && stated != published;

    /// <summary>The year the sentence tells of, read against its article's year for "last year" and "three years ago".</summary>
    public static SentenceTime Of(string sentence, int? published) =>
        YearOf(sentence, published) with { Habitual = Recurring().IsMatch(sentence), Earlier = EarlierEvent().IsMatch(sentence) };

    private static SentenceTime YearOf(string sentence, int? published)
    {
        var m = Opening().Match(sentence);
        if (!m.Success && YearOfAnEvent().Match(sentence) is { Success: true } when)
            return new(int.Parse(when.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), published);
        if (!m.Success) return new(null, published);
        if (m.Groups["y"].Success) return new(int.Parse(m.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture), published);
        if (published is not { } year) return new(null, null);
        int back = m.Groups["last"].Success ? 1 : NumberMentions.In(m.Groups["n"].Value) is [var n] ? (int)n.Value : 0;
        return new(back > 0 ? year - back : null, published);
    }

    // Only an opening time phrase dates the whole sentence. A year inside it most often dates something else than what the
    // sentence reports: "the alliance, founded in 1992, …", "the first joint strike since 2013", "who took office in 2019".
    [GeneratedRegex(@"^\W*(?:back\s+)?(?:(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<y>19\d{2}|20\d{2})\b(?!\s*%)|(?<last>last year|a year ago|the previous year|the year before)\b|(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+years\s+ago\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opening();

    // A year the sentence sets its event in, wherever it stands: "the deadliest accident happened in 1990, when more than 300
    // people died"; a month and a year ("One in the town of Maco in February 2024 left 98 people dead", "the Ikoyi tower
    // disaster of November 2021, in which more than 40 people died"); or a year before the event's noun ("the 2021 collapse of
    // a tower, which killed 45 people"). A bare year inside a sentence most often dates something else ("founded in 1992").
    [GeneratedRegex(@"\bin\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<y>19\d{2}|20\d{2}),?\s+when\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?<y>19\d{2}|20\d{2})\b(?!\s*%)|\bthe\s+(?<y>19\d{2}|20\d{2})\s+(?!per\b|percent\b)\p{Ll}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearOfAnEvent();

    // An earlier event of this year: "The quake came two weeks after a tremor in Kunar killed four people", "Nineteen people
    // died last June", "weeks ago", "earlier this month". Days are left out: "the quake two days ago" is today's story. And an
    // earlier event of any time: "It has previously been fined 2.6 billion euros", "two previous EU antitrust fines"; not "from
    // €5 billion previously", a forecast's earlier figure in today's news.
    [GeneratedRegex(@"\b(?:came|comes|follows|followed|following)\s+(?:just\s+|only\s+)?(?:a|one|two|three|four|five|six|\d+|several|a few)\s+(?:days?|weeks?|months?)\s+(?:after|since)\b|\b(?:\w+\s+)?(?:weeks|months|a month)\s+ago\b|\blast\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|month)\b|\bearlier\s+this\s+(?:month|year)\b|\b(?:has|have|had)\s+(?:also\s+)?previously\b|\bnot\s+the\s+first\s+time\b|\b(?:previous|earlier|prior)\s+(?:[\w-]+\s+){0,2}(?:fines?|penalties|cases|rulings|verdicts|attacks|disasters|accidents|collapses|eruptions|strikes|outbreaks|breaches|deals)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierEvent();

    // What happens every year, or often: "kill hundreds of people a year", "each year", "landslides are frequent".
    [GeneratedRegex(@"\b(?:every|each|per)\s+year\b|\b(?:once|twice|times|people|deaths|accidents|storms|typhoons|cyclones|landslides|floods|fires|quakes|earthquakes|attacks)\s+a\s+year\b|\bannually\b|\byear after year\b|\b(?:are|is|remain|remains)\s+(?:frequent|common|commonplace|routine)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Recurring();
}
