using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// The indexed form of a pattern's word ("polic" for police*), scored as the word alone: a term query marked as such, so
/// the passage search takes it as the word without its news synonyms, as the pattern was typed.
/// </summary>
internal sealed class IndexedFormQuery(Term term) : TermQuery(term);

/// <summary>
/// A word in quotes (<c>"beheaded"</c>): the word as written, without its news synonyms, as a phrase of several words is.
/// Lucene makes a quoted single word a plain term query, so the quotes are kept as this type.
/// </summary>
internal sealed class QuotedWordQuery(Term term) : TermQuery(term);
