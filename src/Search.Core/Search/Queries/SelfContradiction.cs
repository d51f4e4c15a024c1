using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// A query that excludes what it asks for (<c>killed -killed</c>, <c>kill* -kill*</c>, <c>"police killed" -killed</c>): it can
/// match nothing, and the views say so rather than call every outlet silent on it.
/// </summary>
internal static class SelfContradiction
{
    /// <summary>What the views say of such a query.</summary>
    public const string Notice = "The query excludes what it asks for, so nothing can match: remove the excluded word, or the word itself.";

    /// <summary>
    /// Whether the query excludes what it requires (<c>killed -killed</c>, <c>protesters NOT protests</c>, one stem), so that it
    /// matches nothing whatever the archive holds.
    /// </summary>
    public static bool In(Query query)
    {
        if (query is not BooleanQuery boolean || !boolean.Clauses.Any(c => c.Occur == Occur.MUST_NOT)) return false;
        var excludedClauses = boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query).ToList();
        var excluded = new HashSet<Term>();
        foreach (var clause in excludedClauses) Terms(clause, excluded);
        // An excluded pattern leaves out every word it matches: police -police*.
        var prefixes = excludedClauses.SelectMany(c => c is BooleanQuery b ? b.Clauses.Select(x => x.Query) : [c]).OfType<PrefixQuery>().Select(p => p.Prefix).ToList();
        bool Excluded(Term term) => excluded.Contains(term) || prefixes.Any(p => p.Field == term.Field && term.Text.StartsWith(p.Text, StringComparison.Ordinal));
        var asked = boolean.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        if (asked.Count == 0) asked = boolean.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        bool Impossible(Query q) => excludedClauses.Contains(q) || q switch
        {
            TermQuery term => Excluded(term.Term),
            PhraseQuery phrase => phrase.GetTerms().Any(Excluded), // "police killed" -killed
            BooleanQuery { Clauses.Count: > 0 } any when any.Clauses.All(c => c.Occur == Occur.SHOULD) => any.Clauses.All(c => Impossible(c.Query)),
            BooleanQuery all => all.Clauses.Any(c => c.Occur == Occur.MUST && Impossible(c.Query)),
            _ => false,
        };
        // A required clause that cannot match, or optional ones that all cannot; a pattern excluded as typed (kill* -kill*) too.
        return asked.Count > 0 && (asked.Any(c => c.Occur == Occur.MUST) ? asked.Any(c => Impossible(c.Query)) : asked.All(c => Impossible(c.Query)));
    }

    // The terms an excluded clause leaves out wherever they stand: a term, or the same word over title and body.
    private static void Terms(Query query, HashSet<Term> terms)
    {
        if (query is TermQuery term) terms.Add(term.Term);
        else if (query is BooleanQuery { Clauses.Count: > 0 } any && any.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery))
            foreach (var clause in any.Clauses) terms.Add(((TermQuery)clause.Query).Term);
    }
}
