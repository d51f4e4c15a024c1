using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// Folds identical optional clauses of a query into one clause boosted by how often it occurred. BM25
/// scores the two forms alike (its coordination factor is 1), but a long pasted paragraph then costs one
/// clause per distinct word, not one per word.
/// </summary>
internal static class RepeatedClauses
{
    public static Query Fold(Query query)
    {
        if (query is not BooleanQuery boolean || boolean.Clauses.Any(c => c.Occur != Occur.SHOULD)) return query;
        var groups = boolean.Clauses.GroupBy(c => c.Query).ToList();
        if (groups.Count == boolean.Clauses.Count) return query;
        var folded = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var group in groups)
        {
            var clause = (Query)group.Key.Clone();
            clause.Boost *= group.Count();
            folded.Add(clause, Occur.SHOULD);
        }
        return folded;
    }
}
