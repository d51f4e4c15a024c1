using System.Text.Json.Nodes;

namespace Search.Cli.Load;

/// <summary>
/// Writes the articles an indexer adds and changes during a load level. New articles get fresh ids;
/// changed ones are existing articles (every given field kept) whose body gains a sentence with a marker
/// word unique to the run, the round and the article, so the check afterwards can tell new text from old.
/// </summary>
internal sealed class ChangeSetWriter
{
    private readonly IReadOnlyList<JsonObject> _existing;
    private readonly string _runToken;
    private readonly int _seed;

    /// <param name="existing">The articles the site's index was built from, as JSON Lines objects with <c>id</c> and <c>body</c>.</param>
    /// <param name="runToken">Letters and digits unique to this run, so a second run on the same index changes the articles again.</param>
    public ChangeSetWriter(IEnumerable<JsonObject> existing, string runToken, int seed)
    {
        var random = new Random(seed);
        var shuffled = existing.ToArray();
        random.Shuffle(shuffled);
        _existing = shuffled;
        _runToken = runToken;
        _seed = seed;
    }

    /// <summary>Reads a JSON Lines file of articles (such as <c>search convert-reuters</c> writes).</summary>
    public static IEnumerable<JsonObject> ReadArticles(string path) =>
        File.ReadLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => JsonNode.Parse(l) as JsonObject)
            .Where(o => o?["id"] != null && o["body"] != null)!;

    /// <summary>Writes round <paramref name="round"/>'s file: each round changes articles no earlier round touched.</summary>
    public ChangeSet Write(string path, int round, int added, int changed)
    {
        if ((round + 1) * changed > _existing.Count)
            throw new LoadFailedException($"Round {round + 1} needs {changed:N0} articles not changed before, but the articles file holds only {_existing.Count:N0}.");
        var random = new Random(_seed + round);
        var addedIds = new List<ExpectedArticle>(added);
        var changedIds = new List<ExpectedArticle>(changed);
        using (var writer = new StreamWriter(path))
        {
            for (int n = 0; n < added; n++)
            {
                var expected = new ExpectedArticle($"load-{_runToken}-{round + 1}-{n + 1}", Marker(round, "a", n));
                writer.WriteLine(NewArticle(expected, random).ToJsonString());
                addedIds.Add(expected);
            }
            foreach (var (original, n) in _existing.Skip(round * changed).Take(changed).Select((o, n) => (o, n)))
            {
                var article = (JsonObject)original.DeepClone();
                var expected = new ExpectedArticle((string)article["id"]!, Marker(round, "c", n));
                article["body"] = (string)article["body"]! + $"\n\nCorrection issued in load check {expected.Marker}.";
                writer.WriteLine(article.ToJsonString());
                changedIds.Add(expected);
            }
        }
        return new ChangeSet(path, addedIds, changedIds);
    }

    private string Marker(int round, string kind, int n) => $"loadmark{_runToken}r{round + 1}{kind}{n + 1}";

    private static JsonObject NewArticle(ExpectedArticle expected, Random random)
    {
        string Sentence() => string.Join(' ', Enumerable.Range(0, random.Next(8, 20)).Select(_ => ReutersWords.Keywords[random.Next(ReutersWords.Keywords.Count)])) + ".";
        string body = "LONDON, March 9 - " + string.Join(' ', Enumerable.Range(0, random.Next(3, 8)).Select(_ => Sentence()))
            + $"\n\n{Sentence()} Filed in load check {expected.Marker}.\n\nReuter";
        return new JsonObject
        {
            ["id"] = expected.Id,
            ["title"] = $"Load check article {expected.Id}",
            ["body"] = body,
            ["source"] = "Reuters",
            ["date"] = "1987-03-09",
        };
    }
}
