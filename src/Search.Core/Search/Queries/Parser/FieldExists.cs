using Lucene.Net.Search;
using Search.Core.Indexing.Documents;

namespace Search.Core.Search;

/// <summary>
/// "person:*" (Kibana's way) and "_exists_:person" (Elasticsearch's): the articles with any value in the field. It was a pattern
/// that may not open on a star, searched as the plain word "person", which the stemmer made "persons" and "personal" too.
/// </summary>
internal static class FieldExists
{
    /// <summary>The pseudo-field of Elasticsearch's query string: <c>_exists_:person</c>.</summary>
    public const string Field = "_exists_";

    /// <summary>
    /// Entity fields ask Lucene which documents have a term in them (read once per segment and cached); every article has a
    /// title and a body; a dated article is one in the open range of days.
    /// </summary>
    public static Query Of(string field) => field switch
    {
        ArticleFields.Title or ArticleFields.Body => new MatchAllDocsQuery(),
        ArticleFields.Date => DateClauses.Range(null, null, true, true),
        _ => new ConstantScoreQuery(new FieldValueFilter(field)),
    };
}
