namespace Search.Core.Relevance;

/// <summary>A question of a judged collection, as its text.</summary>
public sealed record Topic(string Id, string Text);

/// <summary>
/// A judged test collection: its documents (as the JSON Lines the indexer reads), its topics, and the
/// relevance judgments (topic → document → grade; a grade of 1 or more is relevant).
/// </summary>
public sealed record JudgedCollection(
    string Name,
    string DocumentsPath,
    IReadOnlyList<Topic> Topics,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Judgments)
{
    /// <summary>Topics with at least one relevant document: the ones averaged (as trec_eval -c does).</summary>
    public IEnumerable<Topic> JudgedTopics => Topics.Where(t => Judgments.TryGetValue(t.Id, out var j) && j.Values.Any(g => g > 0));

    public IReadOnlyDictionary<string, int> JudgmentsOf(string topic) =>
        Judgments.TryGetValue(topic, out var judged) ? judged : new Dictionary<string, int>();
}
