namespace Search.Core.Linking.Corroboration;

/// <summary>How passages are linked across outlets (section <c>Search:Linking</c>); the defaults were chosen on the labelled seeds (docs/linking.md).</summary>
public sealed class LinkingOptions
{
    public const string Section = "Search:Linking";

    /// <summary>The weighted overlap two sentences need to report the same fact.</summary>
    public float Threshold { get; set; } = 0.25f;

    /// <summary>
    /// The overlap two whole paragraphs need to report the same fact when no single pair of sentences does; they must also
    /// share an event word (<see cref="Events"/>) or an exact number.
    /// </summary>
    public float ParagraphThreshold { get; set; } = 0.15f;

    /// <summary>
    /// A short shared phrase also links two sentences: within this many words in each, an event word and at least one more
    /// word in common ("rising fuel prices", "increased fuel prices"), however long the sentences around them. Nine words, about
    /// a clause: up to nine, the links a wider window adds were as often right as the others, judged blind; at ten, fewer.
    /// </summary>
    public int PhraseWords { get; set; } = 9;

    /// <summary>The weight (rarity) the words of a shared phrase need together, so two common words do not make a fact.</summary>
    public float PhraseWeight { get; set; } = 6f;

    /// <summary>
    /// A shared phrase must hold a word found in fewer than this share of the story's passages (the article's and its
    /// candidates'), and not of its scene, or the sentences must share a count above ten; 0 turns the rule off. Over the thirty
    /// blind sets, 34 wrong links went for 3 right ones and no seed link moved; at 0.13 and below, right seed links went too.
    /// </summary>
    public float PhraseCommonShare { get; set; } = 0.16f;

    /// <summary>
    /// Whether the curated event words (killed, arrested, sent, resigned, rose…) are required of a shared phrase and of two
    /// paragraphs linked as wholes.
    /// </summary>
    public bool Events { get; set; } = true;

    /// <summary>
    /// An event word found in at least this share of the story's passages (the article's and its candidates') names the
    /// story itself ("protests" in a story about protests), not one fact of it, and counts as an ordinary word.
    /// </summary>
    public float ThemeShare { get; set; } = 0.25f;

    /// <summary>How many features (words, numbers, days, entities) two sentences must share, so a short sentence cannot match on one word.</summary>
    public int MinShared { get; set; } = 3;

    /// <summary>
    /// Of those, how many two alike sentences must share beyond their scene: not a place they name, a day or time of day, nor a
    /// word that states nothing alone ("during", "were", "said"); two paragraphs linked as wholes, one more. 0 turns the rule
    /// off. At 1, four links of the seeds went, two of them right; at 2, fourteen, five right, and precision rose on every
    /// label set (docs/linking.md).
    /// </summary>
    public int BeyondScene { get; set; } = 2;

    /// <summary>
    /// Whether two sentences that write opposite events of one thing (continued and concluded, opened and closed;
    /// <c>news-opposites.txt</c>), each without the other's, are kept from linking.
    /// </summary>
    public bool Opposites { get; set; } = true;

    /// <summary>Whether the curated news synonyms join words such as beheaded and decapitated.</summary>
    public bool Synonyms { get; set; } = true;

    /// <summary>Candidate passages fetched from the passage index per paragraph; bounds the cost of an article's links.</summary>
    public int CandidatesPerParagraph { get; set; } = 60;

    /// <summary>Paragraphs of one article that are linked; the rest of a very long article is not.</summary>
    public int MaxParagraphs { get; set; } = 60;

    /// <summary>
    /// Two reports dated further apart than this are not about the same event: their passages are neither linked nor compared
    /// for figures. An undated report is compared with any.
    /// </summary>
    public int EventDays { get; set; } = 7;
}
