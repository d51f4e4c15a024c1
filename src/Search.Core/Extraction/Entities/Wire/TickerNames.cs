namespace Search.Core.Extraction;

/// <summary>
/// Company names the wire marks with a stock code in angle brackets. A headline in capitals opens with the company and its
/// code ("TIMES MIRROR CO &lt;TMC&gt; QUARTERLY DIVIDEND"): the words before the code are its name when they end in a company
/// form. A code alone at the start names a company that has no listing ("&lt;BIFLYX&gt; 2ND QTR NET"). Capitals say nothing of
/// names in such a headline, so the phrase rules pass it over, and earnings stories name the company nowhere else.
/// </summary>
internal static class TickerNames
{
    /// <summary>Most words of a name before its code: a longer run is a headline's sentence ("FAA ENDORSES SINGER &lt;SMF&gt;").</summary>
    private const int MostWords = 6;


    /// <summary>
    /// Adds a headline's company before its stock code, by the gazetteer's name when the words are its own ("FORD MOTOR CREDIT
    /// CO" is Ford Motor Company); one the gazetteer names in part is left to its matching ("GENERAL MOTORS CORP &lt;GM&gt;"). The
    /// name's words are then covered, so no gazetteer name inside it ("TIMES") is matched.
    /// </summary>
    public static void AddCompanies(Paragraph paragraph, EntityCollection found, Gazetteer gazetteer, int? year, Func<string, string?> written)
    {
        foreach (var (start, end, name) in In(paragraph, written))
        {
            if (gazetteer.Find(paragraph.SurfaceSpan(start, end), year) is not null
                || end - start > 1 && gazetteer.Find(paragraph.SurfaceSpan(start, end - 1), year) is not null) continue;
            var words = paragraph.Words.GetRange(start, end - start).Select(w => w.Text).ToList();
            string company = Enumerable.Range(1, end - start).Reverse().Select(length => gazetteer.Find(paragraph.SurfaceSpan(start, start + length), year))
                .FirstOrDefault(e => e != null && StoryWording.Owns(e, words))?.Name ?? name;
            found.Add(EntityType.Organization, company, paragraph.Surface(start, end));
            for (int k = start; k < end; k++) paragraph.Covered[k] = true;
        }
    }

    /// <summary>
    /// The name's words [Start, End) and the name in mixed case, for a headline in capitals; none otherwise. A word is cased as
    /// the story's text writes it (<paramref name="written"/>: "USX", "McDonald's"), else as a name word is.
    /// </summary>
    public static IEnumerable<(int Start, int End, string Name)> In(Paragraph paragraph, Func<string, string?> written)
    {
        var words = paragraph.Words;
        if (!paragraph.IsMostlyUpperCase || words.Count == 0) yield break;
        if (paragraph.IsTicker(0) && words[0].Text.Length >= 4 && words[0].Text.All(char.IsLetter))
        {
            yield return (0, 1, Cased([words[0].Text], written));
            yield break;
        }
        for (int t = 1; t <= Math.Min(MostWords, words.Count - 1); t++)
        {
            if (!paragraph.IsTicker(t)) continue;
            // The name runs from the headline's start to the code, with nothing but spaces (or "&") between its words.
            bool whole = Enumerable.Range(0, t - 1).All(k => paragraph.Joined(k) || paragraph.Gap(k) is "&")
                && paragraph.Text.AsSpan(words[t - 1].End, words[t].Start - 1 - words[t - 1].End).IsWhiteSpace();
            if (whole && EntityRules.CompanyFormSpelled(words[t - 1].Text) != null) yield return (0, t, Cased(words.Take(t).Select(w => w.Text).ToList(), written));
            yield break;
        }
    }

    /// <summary>
    /// The story's own spelling of a word it writes capitalized in a paragraph not in capitals ("USX Corp said"), or null. A
    /// dateline's capitals ("NEW YORK, March 5 - ") are no spelling of the words. Scanned when asked: a name has few words.
    /// </summary>
    public static Func<string, string?> WrittenIn(IReadOnlyList<Paragraph> paragraphs) => word =>
    {
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsMostlyUpperCase) continue;
            int dash = paragraph.Text.IndexOf(" - ", StringComparison.Ordinal);
            int after = dash is >= 0 and < 80 ? dash : -1;
            foreach (var w in paragraph.Words)
                if (w.Start > after && char.IsUpper(w.Text[0]) && string.Equals(w.Text, word, StringComparison.OrdinalIgnoreCase)) return w.Text;
        }
        return null;
    };

    // Short words that are words, not initials, when the story does not write them: "NEW", "AIR", "OIL".
    private static readonly HashSet<string> ShortWords = new(["NEW", "AIR", "OIL", "GAS", "CAR", "BIG", "SUN", "ONE", "TWO", "BAY", "SEA", "LAW",
        "ART", "AID", "TOP", "KEY", "RED", "PAN", "AM", "GO", "BOX", "CUP", "JET", "MAN", "WAY",
        // Short given names: "JIM WALTER CORP".
        "JIM", "BOB", "TOM", "TIM", "TED", "JOE", "SAM", "BEN", "DAN", "DON", "KEN", "RON", "RAY", "ROY", "GUY", "MAX", "AMY", "ANN", "SUE", "PAT"], StringComparer.Ordinal);

    // "HOUSE OF FABRICS INC" is House of Fabrics Inc, "WEISFIELD'S INC" Weisfield's Inc, "MANNESMANN AG" Mannesmann AG, and
    // "USX CORP" USX Corp: a word of three letters or fewer is initials unless it is a word or a given name ("JIM WALTER CORP").
    private static string Cased(IReadOnlyList<string> words, Func<string, string?> written) => string.Join(' ', words.Select((w, i) =>
        EntityRules.CompanyFormSpelled(w) is { } form ? form
        : i > 0 && EntityRules.Connectors.Contains(w.ToLowerInvariant()) ? w.ToLowerInvariant()
        : written(w) is { } spelled ? spelled
        : w.EndsWith("'S", StringComparison.Ordinal) && written(w[..^2]) is { } owner ? owner + "'s" // the text's words lose their "'s"
        : w.Length <= 3 && w.All(char.IsLetter) && !ShortWords.Contains(w) ? w
        : string.Join('-', w.Split('-').Select(part => part.Length == 0 ? part : part[..1] + part[1..].ToLowerInvariant()))));
}
