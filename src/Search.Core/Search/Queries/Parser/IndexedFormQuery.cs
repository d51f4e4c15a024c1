using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Search.Core.Search;

/// <summary>
/// The indexed form of a pattern's word ("polic" for police*), scored as the word alone: a term query marked as such, so
/// the passage search takes it as the word without its news synonyms, as the pattern was typed.
/// </summary>
internal sealed class IndexedFormQuery(Term term) : TermQuery(term);
