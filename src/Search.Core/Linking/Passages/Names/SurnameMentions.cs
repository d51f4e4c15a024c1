using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Search.Core.Facets;
using Search.Core.Indexing.Documents;

namespace Search.Core.Linking.Passages;

/// <summary>
/// A person's surname alone ("Baker" after "James Baker"), searched as a mention of that person in the passages of the
/// articles that name the person and no other person of that surname. A report names its subject in full once and then by
/// surname; the article page marks those mentions, and without this a passage search for <c>person:"James Baker"</c> found
/// 209 of the 531 passages about him on Reuters, since Howard Baker shares the surname.
/// </summary>
internal sealed class SurnameMentions(Analyzer analyzer)
{
    /// <summary>A surname that more people of the index share is not searched alone: each is a clause to leave out.</summary>
    public const int MostNamesakes = 64;

    /// <summary>
    /// The surname of the person <paramref name="words"/> names (the person field's words of a full name), on the passage text,
    /// kept to the passages of the articles that name the person and no namesake; null for a one-word name or too common a surname.
    /// </summary>
    public Query? Of(string words, FacetOrdinals ordinals)
    {
        string[] name = words.Split(' ');
        if (name.Length < 2) return null;
        var surname = Analysis.AnalyzedTokens.Of(analyzer, PassageFields.Text, name[^1]);
        if (surname.Count != 1 || surname[0].Text.Length < 2) return null;
        var articles = new BooleanQuery { { Phrase(name), Occur.MUST } };
        foreach (string label in ordinals[FacetDimension.Person].Labels)
        {
            // The index's words are folded ("Pérez" is "perez"): a label whose last word is as long is analyzed to compare.
            int space = label.LastIndexOf(' ');
            if (space < 0 || label.Length - space - 1 != name[^1].Length) continue;
            var other = Analysis.AnalyzedTokens.Of(analyzer, ArticleFields.Person, label).Select(t => t.Text).ToArray();
            if (other.Length == 0 || other[^1] != name[^1] || other.SequenceEqual(name)) continue;
            if (articles.Clauses.Count > MostNamesakes) return null;
            articles.Add(Phrase(other), Occur.MUST_NOT);
        }
        return new FilteredQuery(new TermQuery(new Term(PassageFields.Text, surname[0].Text)), new PassagesOfArticles(articles));
    }

    private static Query Phrase(string[] words)
    {
        var phrase = new PhraseQuery();
        foreach (string word in words) phrase.Add(new Term(ArticleFields.Person, word));
        return phrase;
    }
}
