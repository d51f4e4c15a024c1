using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>
/// A word's rarity among the passages is scaled to the range it had over the seeds, so that a larger archive does not weigh
/// every word more against the phrase weight and numbers: over the thirty blind sets in one index, links fell from 0.753 to
/// 0.604 right, 1,231 of 3,107 wrong.
/// </summary>
public class PassageRarityTests
{
    // The seeds' 117 passages, as PassageRarity calibrates on them: a word in one passage weighs this much.
    private static readonly double RarestAtTheSeeds = Math.Log(1 + 116.5 / 1.5);

    private static float RarityIn(int articles, string word, string filler)
    {
        using var index = new TestIndex(Enumerable.Range(0, articles)
            .Select(i => TestIndex.Article("a" + i, (i == 0 ? word + " " : "") + filler + ".\n\nThe council met again on Monday.\n\nIt adjourned.")));
        using var lease = index.Host.Acquire();
        return new PassageRarity(lease.Searcher.IndexReader).Of(word);
    }

    [Fact]
    public void ARareWordWeighsInALargeArchiveWhatItDidOverTheSeeds()
    {
        // 150 articles of three paragraphs: 450 passages, where a word in one of them had weighed 5.7.
        Assert.Equal(RarestAtTheSeeds, RarityIn(150, "zebra", "Officials spoke"), 2);
    }

    [Fact]
    public void ASmallIndexKeepsItsOwnWeights()
    {
        // 10 articles: 30 passages, fewer than the seeds'.
        Assert.Equal(Math.Log(1 + 29.5 / 1.5), RarityIn(10, "zebra", "Officials spoke"), 2);
    }
}
