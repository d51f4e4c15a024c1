using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Linking.Passages;

/// <summary>
/// The passage text that names the entities a search asks for: its clauses on an entity field (<c>person:tokayev</c>, a
/// pattern on a name, alternatives of them) and its entity filters (<c>person=…</c>), in each name of each entity
/// (<see cref="EntityNamePhrases"/>). Alone, they are what a passage must say; beside words, what ranks and marks it.
/// </summary>
internal static class AskedEntityMentions
{
    /// <summary>
    /// Each entity named: <c>All</c> of them (an entity filter's values OR-ed), or null when none is asked for; those the query's
    /// clauses ask for (<c>Clauses</c>), and those the entity filters ask for (<c>Filters</c>). Without them, a search of
    /// <c>person:tokayev</c> gave every passage of its articles alike, a dateline first ("Moscow").
    /// </summary>
    public static (Query? All, Query? Clauses, Query? Filters) Of(Query? ofArticles, IReadOnlyList<(string Field, IReadOnlyList<string> Values)> filtered,
        EntityNamePhrases names, IndexReader reader, Facets.FacetOrdinals? ordinals)
    {
        var required = ofArticles switch
        {
            null => [],
            BooleanQuery { Clauses.Count: > 0 } any when any.Clauses.All(c => c.Occur == Occur.SHOULD) => [any],
            BooleanQuery boolean => boolean.Clauses.Where(c => c.Occur == Occur.MUST).Select(c => c.Query),
            _ => [ofArticles],
        };
        BooleanQuery all = new(), clauses = new(), filters = new();
        foreach (var clause in required)
            if (names.MentionsOf(NamesMatched(clause, reader), ordinals) is { } found)
            {
                var mentions = EvenNames.Of(found, reader);
                all.Add(mentions, Occur.MUST);
                clauses.Add(mentions, Occur.MUST);
            }
        foreach (var (field, values) in filtered)
        {
            var either = new BooleanQuery(disableCoord: true);
            foreach (string value in values)
                if (names.MentionsOfValue(field, value, ordinals) is { } mentions) either.Add(EvenNames.Of(mentions, reader), Occur.SHOULD);
            if (either.Clauses.Count == 0) continue;
            all.Add(either, Occur.MUST);
            filters.Add(either, Occur.MUST);
        }
        static Query? OrNull(BooleanQuery query) => query.Clauses.Count == 0 ? null : query;
        return (OrNull(all), OrNull(clauses), OrNull(filters));
    }

    // A pattern, fuzzy word or range on an entity field as the words of names it matches (at most 64), each an alternative.
    private static Query NamesMatched(Query clause, IndexReader reader)
    {
        switch (clause)
        {
            case MultiTermQuery pattern when Indexing.Documents.ArticleFields.EntityFields.Contains(pattern.Field):
                var expanded = (MultiTermQuery)pattern.Clone();
                expanded.MultiTermRewriteMethod = new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(Highlighting.QueryTerms.MaxExpansions);
                return expanded.Rewrite(reader);
            case BooleanQuery any when any.Clauses.All(c => c.Occur == Occur.SHOULD):
                var alternatives = new BooleanQuery(disableCoord: true);
                foreach (var c in any.Clauses)
                {
                    var inner = NamesMatched(c.Query, reader);
                    if (inner is BooleanQuery { Clauses: var words } && words.All(w => w.Occur == Occur.SHOULD))
                        foreach (var w in words) alternatives.Add(w.Query, Occur.SHOULD);
                    else alternatives.Add(inner, Occur.SHOULD);
                }
                return alternatives;
            default:
                return clause;
        }
    }
}
