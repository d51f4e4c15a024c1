using Lucene.Net.Search;
using Search.Core.Linking.Passages;

namespace Search.Core.Linking.Corroboration;

/// <summary>A passage of another article that may report a fact of the article being linked: its article, and the features of its sentences.</summary>
internal sealed record CandidatePassage(StoredArticle Article, int Number, string Anchor, IReadOnlyList<SentenceFeatures> Sentences)
{
    public LinkedPassage Link(SentenceFeatures sentence) =>
        new(Article.Id, Article.Source, Article.Date, Number, Anchor, sentence.Anchor, CorroborationFinder.Quoted(sentence.Text)) { Title = Article.Title };

    /// <summary>The passage a passage document holds, or null when it is from the same article, the same outlet or a copy of the article.</summary>
    public static CandidatePassage? Read(IndexSearcher searcher, int doc, StoredArticle own, ArticleCache articles, FeatureReader features, Func<StoredArticle, bool> isCopy)
    {
        var stored = searcher.Doc(doc, PassageFields.StoredFields);
        string id = stored.Get(PassageFields.Article);
        if (id == own.Id || articles.Get(id) is not { } article) return null;
        if ((own.Source != null && own.Source == article.Source) || isCopy(article)) return null;
        int number = PassageFields.NumberOf(doc, article.Doc);
        return CorroborationFinder.NotAFact(article.Paragraph(number)) ? null : Of(article, number, features);
    }

    /// <summary>Paragraph <paramref name="number"/> (1-based) of an article, read sentence by sentence.</summary>
    public static CandidatePassage Of(StoredArticle article, int number, FeatureReader features)
    {
        string text = article.Paragraph(number);
        // Sentence anchors as the article page makes them (one repeated earlier in its article would carry a suffix there).
        var sentences = Analysis.SentenceSplitter.Split(text).Select(s => text[s.Start..s.End])
            .Select(s => features.Read(PassageAnchor.Of(s, PassageAnchor.SentencePrefix), s, article.Entities, article.Date?.Year)).ToList();
        return new CandidatePassage(article, number, article.Anchor(number), sentences);
    }
}
