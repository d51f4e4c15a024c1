using Search.Core.Ingestion;

namespace Search.Core.Extraction.Evaluation;

/// <summary>
/// An article to extract, with the values a reader expects of it. A null expectation is not judged;
/// an empty entity list with <see cref="JudgesEntityPrecision"/> says "none", without it says nothing.
/// </summary>
public sealed record LabelledArticle(RawArticle Article)
{
    /// <summary>The expected headline, or null when the title is not judged.</summary>
    public string? Title { get; init; }

    /// <summary>The expected date; judged when <see cref="JudgesDate"/>.</summary>
    public DateOnly? Date { get; init; }
    public bool JudgesDate { get; init; }

    /// <summary>The expected source; judged when <see cref="JudgesSource"/> (null then means "none").</summary>
    public string? Source { get; init; }
    public bool JudgesSource { get; init; }

    /// <summary>The entities a reader names, per type.</summary>
    public IReadOnlyDictionary<EntityType, IReadOnlyList<string>> Entities { get; init; } = new Dictionary<EntityType, IReadOnlyList<string>>();

    /// <summary>
    /// True when the labels list every entity, so an extracted entity not among them is a false hit; false
    /// for incomplete labels (the Reuters tags), which measure recall only.
    /// </summary>
    public bool JudgesEntityPrecision { get; init; }

    /// <summary>The reporters a reader finds credited (all of them), or null when authors are not judged.</summary>
    public IReadOnlyList<string>? Authors { get; init; }
}
