using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util.Automaton;

namespace Search.Core.Search;

/// <summary>
/// Bounds what a query may cost before it runs: each prefix, wildcard, regular expression or text
/// range may match at most <see cref="SearchOptions.MaxExpansions"/> words of the index. Counting stops at
/// the first word past the limit, so even <c>/.*/</c> costs a bounded walk of the term dictionary. A query
/// over budget is a 400 naming the pattern and how to narrow it. Fuzzy queries are bounded by Lucene
/// itself (50 words each); boolean clauses by its 1,024-clause limit; paging by
/// <see cref="SearchOptions.MaxResultWindow"/>; snippets by the page size and per-hit caps of the highlighter.
/// </summary>
internal sealed class QueryBudget(SearchOptions options)
{
    /// <summary>Runs a search; a query that still rewrites to more clauses than Lucene allows is a 400, not a 500.</summary>
    /// <exception cref="InvalidSearchRequestException">The query expands to too many terms.</exception>
    public static void Search(IndexSearcher searcher, Query query, ICollector collector)
    {
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException([TooManyTerms]);
        }
    }

    /// <summary>
    /// The query rewritten to the form Lucene runs, for a search that runs it more than once (reading further down the ranking
    /// to group copies). Lucene 4.8 rewrites a boosted one-clause query by boosting its clause's rewrite, and when a nested
    /// one-clause query hands back its own clause unchanged, that clause is boosted in place, not cloned: each run of the same
    /// query object then weighed a repeated capitalised word ("Taiwan" three times in a pasted paragraph, whose aliases a passage
    /// search drops) more again, and reordered the hits of every further read. The rewritten query rewrites to itself, so every run scores alike.
    /// </summary>
    /// <exception cref="InvalidSearchRequestException">The query expands to too many terms.</exception>
    public static Query Rewritten(IndexSearcher searcher, Query query)
    {
        try
        {
            return searcher.Rewrite(query);
        }
        catch (BooleanQuery.TooManyClausesException)
        {
            throw new InvalidSearchRequestException([TooManyTerms]);
        }
    }

    private static readonly SearchError TooManyTerms = new("q", "The query expands to too many terms; make it more specific.");

    /// <exception cref="InvalidSearchRequestException">A pattern matches more words than allowed.</exception>
    public void Check(Query query, IndexReader reader)
    {
        if (FirstOverBudget(query, reader) is { } pattern)
            throw new InvalidSearchRequestException([new SearchError("q", OverBudget(pattern))]);
    }

    /// <summary>Why a pattern is refused, in the words the search and the article page both use.</summary>
    public string OverBudget(string pattern) =>
        $"'{pattern}' matches more than {options.MaxExpansions:N0} words of the index; give more letters before the * or ?, or a narrower pattern.";

    /// <summary>The first pattern of the query that matches too many words, or null.</summary>
    public string? FirstOverBudget(Query query, IndexReader reader)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (FirstOverBudget(clause.Query, reader) is { } inner) return inner;
                return null;
            case DisjunctionMaxQuery max:
                foreach (var disjunct in max.Disjuncts)
                    if (FirstOverBudget(disjunct, reader) is { } inner) return inner;
                return null;
            case ConstantScoreQuery { Query: { } wrapped }:
                return FirstOverBudget(wrapped, reader);
            case FuzzyQuery:
                return null; // at most MaxExpansions (50) words, by Lucene's own rewrite
            case MultiTermQuery pattern:
                return Count(pattern, reader) > options.MaxExpansions ? Describe(pattern) : null;
            default:
                return null;
        }
    }

    // Counts matching words segment by segment (an upper bound of the distinct words), stopping past the limit.
    private int Count(MultiTermQuery pattern, IndexReader reader)
    {
        int count = 0;
        var matchingIn = Matching(pattern);
        foreach (var leaf in reader.Leaves)
        {
            var terms = leaf.AtomicReader.GetTerms(pattern.Field);
            if (terms == null) continue;
            var matching = matchingIn(terms);
            if (matching == null) continue;
            while (matching.MoveNext())
                if (++count > options.MaxExpansions) return count;
        }
        return count;
    }

    /// <summary>Whether the pattern matches any word of the index.</summary>
    public static bool MatchesAnyWord(MultiTermQuery pattern, IndexReader reader)
    {
        var matchingIn = Matching(pattern);
        return reader.Leaves.Any(leaf => leaf.AtomicReader.GetTerms(pattern.Field) is { } terms && matchingIn(terms)?.MoveNext() == true);
    }

    // The pattern's words in a segment's terms. An automaton is compiled once, not once per segment: compiling it costs more
    // than reading the terms.
    private static Func<Terms, TermsEnum?> Matching(MultiTermQuery pattern)
    {
        switch (pattern)
        {
            case PrefixQuery prefix:
                return terms => new PrefixTermsEnum(terms.GetEnumerator(), prefix.Prefix.Bytes);
            case AutomatonQuery automaton: // wildcards and regular expressions
                var compiled = new CompiledAutomaton(automaton.Automaton);
                return compiled.GetTermsEnum;
            case TermRangeQuery range:
                return terms => new TermRangeTermsEnum(terms.GetEnumerator(), range.LowerTerm, range.UpperTerm, range.IncludesLower, range.IncludesUpper);
            default:
                return _ => null; // numeric ranges are bounded by their precision step
        }
    }

    internal static string Describe(MultiTermQuery pattern) => pattern switch
    {
        PrefixQuery prefix => prefix.Prefix.Text + "*",
        WildcardQuery wildcard => wildcard.Term.Text,
        RegexpQuery regexp => regexp.ToString(regexp.Field),
        _ => pattern.ToString(),
    };
}
