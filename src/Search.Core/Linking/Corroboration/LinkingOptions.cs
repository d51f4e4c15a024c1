namespace Search.Core.Linking.Corroboration;

/// <summary>How passages are linked across outlets (section <c>Search:Linking</c>); the defaults were chosen on the labelled seeds (docs/linking.md).</summary>
public sealed class LinkingOptions
{
    public const string Section = "Search:Linking";

    /// <summary>The weighted overlap two sentences need to report the same fact.</summary>
    public float Threshold { get; set; } = 0.25f;

    /// <summary>The overlap two whole paragraphs need to report the same fact when no single pair of sentences does.</summary>
    public float ParagraphThreshold { get; set; } = 0.2f;

    /// <summary>How many features (words, numbers, days, entities) two sentences must share, so a short sentence cannot match on one word.</summary>
    public int MinShared { get; set; } = 3;

    /// <summary>Whether the curated news synonyms join words such as beheaded and decapitated.</summary>
    public bool Synonyms { get; set; } = true;

    /// <summary>Candidate passages fetched from the passage index per paragraph; bounds the cost of an article's links.</summary>
    public int CandidatesPerParagraph { get; set; } = 60;

    /// <summary>Paragraphs of one article that are linked; the rest of a very long article is not.</summary>
    public int MaxParagraphs { get; set; } = 60;

    /// <summary>Two reports with dates further apart than this are not about the same event, so their figures are never compared.</summary>
    public int ConflictDays { get; set; } = 7;
}
