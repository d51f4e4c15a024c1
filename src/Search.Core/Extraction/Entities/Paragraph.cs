namespace Search.Core.Extraction;

/// <summary>A paragraph prepared for entity recognition: its text, words and capitalized runs, and which words a known name already covers.</summary>
internal sealed class Paragraph
{
    public Paragraph(string text)
    {
        Text = text;
        IsMostlyUpperCase = IsShouting(text);
        Words = WordTokenizer.Tokenize(text);
        Covered = new bool[Words.Count];
        Known = new GazetteerEntry?[Words.Count];
        Runs = CapitalizedRuns().ToList();
    }

    public string Text { get; }
    public List<Word> Words { get; }
    public bool[] Covered { get; }

    /// <summary>The gazetteer entry whose name covers each word, or null.</summary>
    public GazetteerEntry?[] Known { get; }

    /// <summary>Maximal runs [Start, End) of capitalized words joined by spaces, allowing connectors such as "of" inside.</summary>
    public List<(int Start, int End)> Runs { get; }

    public string Surface(int start, int end) => Text[Words[start].Start..Words[end - 1].End];

    public ReadOnlySpan<char> SurfaceSpan(int start, int end, bool possessive = false) =>
        Text.AsSpan(Words[start].Start, Words[end - 1].End + (possessive ? 2 : 0) - Words[start].Start);

    /// <summary>Whether a possessive ("'s", "’s") follows word <paramref name="i"/>: the tokenizer cut it off the word.</summary>
    public bool PossessiveAfter(int i) =>
        Words[i].End + 2 <= Text.Length && Text[Words[i].End] is '\'' or '’' && Text[Words[i].End + 1] == 's'
        && (Words[i].End + 2 == Text.Length || !char.IsLetterOrDigit(Text[Words[i].End + 2]));

    /// <summary>
    /// Like <see cref="AllJoined"/>, but a known name may also hold a comma or a possessive between its words ("Goldman,
    /// Sachs and Co", "Moody's Investors Service"): the gazetteer matches only the names it lists so.
    /// </summary>
    public bool AllJoinedInName(int start, int end)
    {
        for (int k = start; k < end - 1; k++)
        {
            if (Joined(k)) continue;
            var gap = Gap(k);
            if (gap is not "," && !(PossessiveAfter(k) && gap.Length == 2)) return false;
        }
        return true;
    }

    public bool Joined(int i) => WordTokenizer.Joined(Text, Words, i);

    /// <summary>
    /// Whether an ampersand alone joins word <paramref name="i"/> to the next, as in a firm's name ("Harwood &amp; Lyle",
    /// "Marks &amp; Spencer"): read apart, the two names were no entity, or each half one.
    /// </summary>
    public bool Ampersand(int i) => i + 1 < Words.Count && Gap(i) is "&" && Words[i].Sentence == Words[i + 1].Sentence;

    /// <summary>The first word of [start, end) that an ampersand joins to the next, or -1.</summary>
    public int FirstAmpersand(int start, int end)
    {
        for (int k = start; k < end - 1; k++)
            if (Ampersand(k)) return k;
        return -1;
    }

    /// <summary>What stands between word <paramref name="i"/> and the next, spaces trimmed (",", "(", "" when only spaces).</summary>
    public ReadOnlySpan<char> Gap(int i) => Text.AsSpan(Words[i].End, Words[i + 1].Start - Words[i].End).Trim();

    /// <summary>
    /// Whether word <paramref name="i"/> is a stock ticker in angle brackets, the wire's way ("Unilever plc &lt;UN.AS&gt;",
    /// "QUADREX CORP &lt;QUAD&gt;"): a company's code, no mention of the United Nations or the Quad.
    /// </summary>
    public bool IsTicker(int i)
    {
        int open = Words[i].Start - 1;
        if (open < 0 || Text[open] != '<') return false;
        int close = Text.IndexOf('>', Words[i].End);
        return close > 0 && close - open <= 16 && Text.AsSpan(open + 1, close - open - 1).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.") < 0;
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is a company's form after its name ("TW SERVICES INC", "TOLLAND BANK FSB",
    /// "Home Savings of America F.S.B."): no acronym of its own, though "INC" is the Indian National Congress's and "FSB" a
    /// security service's.
    /// </summary>
    public bool IsCompanyFormAfterName(int i) =>
        i > 0 && Joined(i - 1) && Words[i - 1].IsCapitalized && EntityRules.CompanyFormSpelled(Words[i].Text) != null;

    /// <summary>Whether one known name (of the type, when given) covers exactly the words [start, end).</summary>
    public bool KnownName(int start, int end, EntityType? type)
    {
        if (Known[start] is not { } entry || type != null && entry.Type != type) return false;
        for (int k = start; k < end; k++)
            if (!ReferenceEquals(Known[k], entry)) return false;
        return (start == 0 || !ReferenceEquals(Known[start - 1], entry)) && (end == Words.Count || !ReferenceEquals(Known[end], entry));
    }

    /// <summary>
    /// Whether the words [start, end) are company forms alone: "Morgan Stanley and Co Inc (and Dean Witter Reynolds Inc)", where a
    /// company form after "and" goes on the company's name.
    /// </summary>
    public bool CompanyFormsOnly(int start, int end)
    {
        for (int k = start; k < end; k++)
            if (!EntityRules.CompanyForms.Contains(Words[k].Text) && Words[k].Text != "Company") return false;
        return true;
    }

    public bool AllJoined(int start, int end)
    {
        for (int k = start; k < end - 1; k++)
            if (!Joined(k)) return false;
        return true;
    }

    /// <summary>Capitalization carries no signal in a shouting headline ("JAMES RIVER TO REBUILD MILL").</summary>
    public bool IsMostlyUpperCase { get; }

    private static bool IsShouting(string text)
    {
        int upper = 0, lower = 0;
        foreach (char c in text)
        {
            if (char.IsUpper(c)) upper++;
            else if (char.IsLower(c)) lower++;
        }
        return upper > 3 * lower;
    }

    private IEnumerable<(int Start, int End)> CapitalizedRuns()
    {
        int i = 0;
        while (i < Words.Count)
        {
            // A count opens no name: "About 400 Self-Defense Forces personnel" was an organization of that name.
            if (IsCount(i) || CountQualifiers.Contains(Words[i].Text) && i + 1 < Words.Count && IsCount(i + 1))
            {
                i++;
                continue;
            }
            if (!IsNameWord(Words[i]) || EntityRules.NotNames.Contains(Words[i].Text) && !ClubNames.Prefixes.Contains(Words[i].Text) || !OpensName(i) || IsScoreOrRange(i)
                || EntityRules.NotNamesAlone.Contains(Words[i].Text) && !(Joined(i) && i + 1 < Words.Count && IsNameWord(Words[i + 1])))
            {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < Words.Count && (Joined(end - 1) || Ampersand(end - 1)))
            {
                if (Ampersand(end - 1)) { if (IsNameWord(Words[end]) && !IsCount(end)) end++; else break; }
                else if (IsNameWord(Words[end]) && !IsScoreOrRange(end) && !IsCountAfterName(end) || IsGivenNameOfTwoSyllables(end)) end++;
                else if (ConnectorLength(end) is > 0 and var length) end += length;
                else break;
            }
            yield return (i, end);
            i = end;
        }
    }

    // A number may end a name ("Khabar 24", a bond's "Obligation Trust 23"), but not a sum, nor a count after a firm's name:
    // "fined Halcyon Technologies 1.84 billion euros" was no name at all, as "Technologies 1.84" ends in no firm's word.
    // Nor a number of millions or percent: "fined advertising group Corvane 415 million euros" is no name "Corvane 415".
    private bool IsCountAfterName(int k) =>
        IsCount(k) && (Words[k].Text.AsSpan().IndexOfAny(',', '.') > 0 || FirmNames.Endings.Contains(Words[k - 1].Text)
            || k + 1 < Words.Count && Joined(k) && CountUnits.Contains(Words[k + 1].Text));

    private static readonly HashSet<string> CountUnits = new(["million", "billion", "trillion", "mln", "bln", "percent", "per"], StringComparer.Ordinal);

    private static readonly HashSet<string> CountQualifiers = new(["About", "Some", "Nearly", "Around", "Over", "Almost", "Roughly", "Approximately", "Another"], StringComparer.Ordinal);

    // A number alone, as a count is written ("400", "1,200", "2.5"): not "3M", "7-Eleven" or "24/7".
    private bool IsCount(int i) => Words[i].Text.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && char.IsAsciiDigit(Words[i].Text[0]);

    // How many lower-case words at k join the name before them to a capitalized word after: "of", "for the",
    // and after an organization head "on" ("Commission on Dairy Policy"); 0 when they do not.
    private int ConnectorLength(int k)
    {
        string word = Words[k].Text;
        // "Hoechst AG of West Germany" is Hoechst AG, of West Germany; but "Aluminum Co of America" is the company's whole name,
        // as American companies are named.
        if (word is "of" && EntityRules.CompanyForms.Contains(Words[k - 1].Text) && !(k + 1 < Words.Count && Words[k + 1].Text == "America")) return 0;
        bool connector = EntityRules.Connectors.Contains(word)
            || EntityRules.HeadConnectors.Contains(word) && EntityRules.OrganizationHeads.Contains(Words[k - 1].Text);
        if (!connector) return 0;
        int next = k + 1;
        if (word is "of" or "for" && next < Words.Count && Words[next].Text == "the" && Joined(k)) next++;
        // Particles in a row: "Pieter van der Berg", "Miguel de la Madrid".
        else if (EntityRules.NameParticles.Contains(word))
            while (next < Words.Count && Joined(next - 1) && EntityRules.NameParticles.Contains(Words[next].Text)) next++;
        return next < Words.Count && Joined(next - 1) && IsNameWord(Words[next]) ? next + 1 - k : 0;
    }

    // "Republican-controlled" is an adjective, not a name, though capitalized.
    // A year is not part of a name ("Copyright 2018 Tribune Content Agency"); other numbers may be ("Khabar 24").
    private static bool IsNameWord(Word w) =>
        w.IsCapitalized && !EntityRules.Calendar.Contains(w.Text) && !HasLowerCasePart(w.Text) && !IsYear(w.Text);

    // A Korean given name of two syllables after the family name ("Lee Jae-yong", "Kim Jong-un", "Moon Jae-in"): hyphenated
    // with a lower-case part, as "Republican-controlled" is, but its part is a syllable and it follows a name.
    private bool IsGivenNameOfTwoSyllables(int k)
    {
        string word = Words[k].Text;
        int hyphen = word.IndexOf('-');
        return k > 0 && Words[k - 1].IsCapitalized && hyphen is 2 or 3 or 4 && char.IsUpper(word[0]) && word.Length - hyphen - 1 is >= 1 and <= 4
            && word[(hyphen + 1)..].All(char.IsLower) && !EntityRules.AdjectiveEndings.Contains(word[(hyphen + 1)..]);
    }

    // A number that opens a score or a range ("beating FC Astana 2–1", "Khabar 24" is a name) is no part of a name.
    private bool IsScoreOrRange(int k) =>
        Words[k].Text.All(char.IsDigit) && Text.AsSpan(Words[k].End) is [('–' or '-' or '—'), var digit, ..] && char.IsDigit(digit)
        || Words[k].Text.Contains('-') && Words[k].Text.All(c => char.IsDigit(c) || c == '-'); // "2-1", read as one word

    private static bool IsYear(string word) => word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2';

    private static bool HasLowerCasePart(string word)
    {
        int hyphen = word.AsSpan().IndexOfAny('-', '‐');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    // A number does not open a name, nor do words in capitals before mixed case
    // ("JUST WATCHED Police", page chrome).
    private bool OpensName(int i) =>
        !Words[i].Text.All(char.IsDigit)
        && !(IsShouted(i) && (i + 1 < Words.Count && Joined(i) && IsShouted(i + 1) || i > 0 && Joined(i - 1) && IsShouted(i - 1)));

    private bool IsShouted(int i) => !IsMostlyUpperCase && Words[i].Text.Length >= 2 && Words[i].Text.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
