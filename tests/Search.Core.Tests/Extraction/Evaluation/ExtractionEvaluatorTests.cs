using Search.Core.Extraction;
using Search.Core.Extraction.Evaluation;
using Search.Core.Ingestion;

namespace Search.Core.Tests.Extraction.Evaluation;

public class ExtractionEvaluatorTests
{
    private static RawArticle Raw(params string[] paragraphs) =>
        new("a1", "", 1, paragraphs.Select((p, i) => new RawParagraph(p, i + 1)).ToList(), GivenMetadata.None);

    private static LabelledArticle Labelled(bool complete, string[] places, string[] people) =>
        new(Raw("Prime Minister Margaret Thatcher met Chancellor Helmut Kohl in Bonn on Friday, officials said."))
        {
            Entities = new Dictionary<EntityType, IReadOnlyList<string>> { [EntityType.Place] = places, [EntityType.Person] = people },
            JudgesEntityPrecision = complete,
        };

    [Fact]
    public void CountsAMissingLabelAsAMissAndAnUnlabelledEntityAsAFalseHitOnlyWhenLabelsAreComplete()
    {
        var evaluator = new ExtractionEvaluator(Seeds.Gazetteer);
        var complete = evaluator.Evaluate("t", [Labelled(true, ["Bonn", "Atlantis"], ["Margaret Thatcher"])]);
        Assert.Equal(1, complete.Field("place").Missed);
        Assert.Contains("a1: Atlantis", complete.Field("place").MissExamples);
        Assert.True(complete.Field("person").FalseHits >= 1); // Helmut Kohl was not labelled
        Assert.NotNull(complete.Field("person").Precision);

        var tagsOnly = evaluator.Evaluate("t", [Labelled(false, ["Bonn"], ["Margaret Thatcher"])]);
        Assert.Null(tagsOnly.Field("person").Precision);
        Assert.Equal(1.0, tagsOnly.Field("person").Recall);
    }

    [Fact]
    public void AcceptsAnAliasOrTheArticlesSpellingForALabel()
    {
        var evaluator = new ExtractionEvaluator(Seeds.Gazetteer);
        var report = evaluator.Evaluate("t", [Labelled(true, ["Bonn"], ["Thatcher", "Margaret Thatcher", "Helmut Kohl"])]);
        Assert.Equal(0, report.Field("person").FalseHits);
    }

    [Fact]
    public void AWrongDateIsBothAFalseHitAndAMiss()
    {
        var evaluator = new ExtractionEvaluator(Seeds.Gazetteer);
        var article = new LabelledArticle(Raw("Talks went on.", "Published 7 January 2022")) { Date = new DateOnly(2022, 1, 8), JudgesDate = true };
        var date = evaluator.Evaluate("t", [article]).Field("date");
        Assert.Equal((0, 1, 1), (date.Correct, date.FalseHits, date.Missed));
    }
}
