namespace Search.Cli.Load;

/// <summary>An article the indexer was given, and the word its text must now contain.</summary>
internal sealed record ExpectedArticle(string Id, string Marker);

/// <summary>A JSON Lines file of new and changed articles for the indexer, with what the site must show afterwards.</summary>
internal sealed record ChangeSet(string Path, IReadOnlyList<ExpectedArticle> Added, IReadOnlyList<ExpectedArticle> Changed)
{
    public IEnumerable<ExpectedArticle> All => Added.Concat(Changed);
}
