using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// A query that excludes what it asks for (<c>killed -killed</c>, <c>kill* -kill*</c>, <c>"police killed" -killed</c>,
/// <c>killed -killed*</c>, <c>killed (-killed OR dead)</c>): it can match nothing, and the views say so rather than call every
/// outlet silent on it.
/// </summary>
internal static class SelfContradiction
{
    /// <summary>What the views say of such a query.</summary>
    public const string Notice = "The query excludes what it asks for, so nothing can match: remove the excluded word, or the word itself.";

    /// <summary>
    /// Whether the query excludes what it requires (<c>killed -killed</c>, <c>protesters NOT protests</c>, one stem), so that it
    /// matches nothing whatever the archive holds. An exclusion holds in the whole of the group it stands in, and in the groups
    /// that group is required by: <c>killed (-killed OR dead)</c> needs "dead" and not "killed" besides "killed".
    /// </summary>
    public static bool In(Query query) => query is BooleanQuery && Impossible(query, Exclusions.None);

    private static bool Impossible(Query query, Exclusions outer)
    {
        if (outer.Clauses.Contains(query)) return true; // a clause excluded as typed: kill* -kill*
        switch (query)
        {
            case TermQuery term: return outer.Excludes(term.Term);
            case PhraseQuery phrase: return phrase.GetTerms().Any(outer.Excludes); // "police killed" -killed
            case PrefixQuery prefix: return outer.ExcludesEvery(prefix.Prefix); // police* -pol*
            case BooleanQuery group:
                var within = outer.With(ExcludedBy(group).ToList());
                var required = group.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
                if (required.Count > 0) return required.Any(c => Impossible(c.Query, within));
                var optional = group.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
                return optional.Count > 0 && optional.All(c => Impossible(c.Query, within));
            default: return false;
        }
    }

    // What every match of a group lacks: its excluded clauses, and those of the groups it requires, whose matches it only keeps.
    // A group of alternatives requires one of them: a single one is required.
    private static IEnumerable<Query> ExcludedBy(BooleanQuery group)
    {
        var required = group.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
        if (required.Count == 0 && group.Clauses.Count(c => c.Occur == Occur.SHOULD) == 1) required = group.Clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        return group.Clauses.Where(c => c.Occur == Occur.MUST_NOT).Select(c => c.Query)
            .Concat(required.Select(c => c.Query).OfType<BooleanQuery>().SelectMany(ExcludedBy));
    }

    /// <summary>What the groups around a clause exclude: terms, patterns (their prefixes), and whole clauses as typed.</summary>
    private sealed record Exclusions(IReadOnlySet<Term> Terms, IReadOnlyList<Term> Prefixes, IReadOnlyList<Query> Clauses)
    {
        public static Exclusions None { get; } = new(new HashSet<Term>(), [], []);

        public bool Excludes(Term term) => Terms.Contains(term) || ExcludesEvery(term);

        // A pattern excluded leaves out every word it matches, and every longer pattern's words.
        public bool ExcludesEvery(Term prefix) => Prefixes.Any(p => p.Field == prefix.Field && prefix.Text.StartsWith(p.Text, StringComparison.Ordinal));

        public Exclusions With(IReadOnlyList<Query> excluded)
        {
            if (excluded.Count == 0) return this;
            var terms = new HashSet<Term>(Terms);
            var prefixes = Prefixes.ToList();
            foreach (var clause in excluded) Leaves(clause, terms, prefixes);
            return new Exclusions(terms, prefixes, [.. Clauses, .. excluded]);
        }

        // What an excluded clause leaves out wherever it stands: a term, a pattern, or any of alternatives (the same word over
        // title and body; a pattern with its word's indexed form, which -killed* is).
        private static void Leaves(Query query, HashSet<Term> terms, List<Term> prefixes)
        {
            switch (query)
            {
                case TermQuery term: terms.Add(term.Term); break;
                case PrefixQuery prefix: prefixes.Add(prefix.Prefix); break;
                case BooleanQuery any when any.Clauses.Count > 0 && any.Clauses.All(c => c.Occur == Occur.SHOULD):
                    foreach (var clause in any.Clauses) Leaves(clause.Query, terms, prefixes);
                    break;
            }
        }
    }
}
