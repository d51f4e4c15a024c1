using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Facets;

namespace Search.Core.Search;

/// <summary>
/// Why a query with a required outlet or entity clause found nothing: no article has that value (<c>source:nyt</c>, where the
/// index has no such outlet). A filter value that names nothing was told so; the same value in the query was not. Said only
/// when nothing matched.
/// </summary>
internal static class FieldValueNotice
{
    // The outlet and entity fields, each with the facet dimension that names its values.
    private static readonly Dictionary<string, FacetDimension> Dimensions = FacetDimension.ValueFiltered.ToDictionary(d => d.Field, StringComparer.Ordinal);

    public static string? For(Query query, IndexReader reader)
    {
        foreach (var (field, words) in Required(query))
            if (words.Any(w => reader.DocFreq(new Term(field, w)) == 0))
            {
                string value = string.Join(' ', words);
                string clause = words.Length == 1 ? $"{field}:{value}" : $"{field}:\"{value}\"";
                return $"No article has the {FacetValueNames.Noun(Dimensions[field])} “{value}” ({clause}), so the query finds nothing.";
            }
        return null;
    }

    // The outlet and entity clauses every match must meet: the query itself, or its required clauses, at any depth.
    private static IEnumerable<(string Field, string[] Words)> Required(Query query)
    {
        switch (query)
        {
            case TermQuery term when Dimensions.ContainsKey(term.Term.Field):
                yield return (term.Term.Field, [term.Term.Text]);
                break;
            case PhraseQuery phrase when phrase.GetTerms() is { Length: > 0 } terms && Dimensions.ContainsKey(terms[0].Field):
                yield return (terms[0].Field, terms.Select(t => t.Text).ToArray());
                break;
            case BooleanQuery boolean:
                var required = boolean.Clauses.Where(c => c.Occur == Occur.MUST).ToList();
                // A group of one alternative is that alternative.
                if (required.Count == 0 && boolean.Clauses.Count(c => c.Occur == Occur.SHOULD) == 1) required = [.. boolean.Clauses.Where(c => c.Occur == Occur.SHOULD)];
                foreach (var clause in required)
                    foreach (var inner in Required(clause.Query))
                        yield return inner;
                break;
        }
    }
}
