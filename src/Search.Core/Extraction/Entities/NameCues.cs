namespace Search.Core.Extraction;

/// <summary>
/// The words beside a capitalized run of a paragraph that tell what it names: a firm ("brokers James Capel"), a publication
/// ("the weekly Wirtschaftswoche"), a country's chamber ("the Senate" of a Washington story), a city ("the city of Almaty").
/// </summary>
internal sealed class NameCues(Paragraph paragraph, Gazetteer gazetteer, string? datelineCountry)
{
    private List<Word> Words => paragraph.Words;

    // Where a firm's name starts when a firm cue introduces the run: the word before it ("brokers James Capel"), or the run's
    // own first word at a sentence start ("Stockbrokers James Capel said"); -1 when none does.
    public int AfterFirmCue(int start)
    {
        if (start > 0 && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence && EntityRules.FirmCues.Contains(Words[start - 1].Text)
            && char.IsLower(Words[start - 1].Text[0])) return start;
        // "Analysts at Freedom Finance said": where analysts work is a firm, though a verb of speech follows it.
        if (start >= 2 && Words[start - 1].Text == "at" && paragraph.Joined(start - 2) && paragraph.Joined(start - 1)
            && Words[start - 2].Sentence == Words[start].Sentence && EntityRules.AnalystWords.Contains(Words[start - 2].Text)) return start;
        bool opensSentence = start == 0 || Words[start - 1].Sentence != Words[start].Sentence;
        return opensSentence && EntityRules.FirmCues.Contains(Words[start].Text) && paragraph.Joined(start) ? start + 1 : -1;
    }

    // "the business weekly Wirtschaftswoche", "the daily Pravda".
    public bool AfterPublicationCue(int start) =>
        start > 0 && paragraph.Joined(start - 1) && Words[start - 1].Sentence == Words[start].Sentence && char.IsLower(Words[start - 1].Text[0])
        && EntityRules.PublicationCues.Contains(Words[start - 1].Text);

    // "the Senate", "the Army", "Congress": the one word a report calls its own country's chamber or force by; one that
    // needs no article ("Congress was ready", "Parliament approved") goes without.
    public GazetteerEntry? ChamberOfTheStory(int start) =>
        datelineCountry != null && (start > 0 && Words[start - 1].Text is "the" or "The" && paragraph.Joined(start - 1) || Words[start].Text is "Congress" or "Parliament")
            ? gazetteer.FindChamber(Words[start].Text, datelineCountry) : null;

    // "the city of Almaty", "the port of Aktau".
    public bool FollowsCityOf(int start) =>
        start >= 2 && Words[start - 1].Text == "of" && Words[start - 2].Text is "city" or "town" or "village" or "port"
        && paragraph.Joined(start - 2) && paragraph.Joined(start - 1);

    /// <summary>
    /// "a U.S. Company or companies", "Japanese, British and U.S. Securities houses": a place and a common noun ending the
    /// run describe, they do not name.
    /// </summary>
    internal static bool IsPlaceAndCommonNoun(Paragraph paragraph, int start, int end) =>
        end - start >= 2 && paragraph.Known[end - 2] is { Type: EntityType.Place } && (end - start == 2 || paragraph.Words[end - 3].Text == "and")
        && paragraph.Words[end - 1].Text is "Company" or "Group" or "Corporation" or "Securities" or "Workers" or "Partners" or "Associates" or "Advisers"
            or "Banks";
}
