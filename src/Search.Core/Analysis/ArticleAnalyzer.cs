using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Search.Core.Indexing;
using Search.Core.Indexing.Documents;

namespace Search.Core.Analysis;

/// <summary>The per-field analysis of the article index: English text for title and body, names for the rest.</summary>
internal static class ArticleAnalyzer
{
    /// <param name="forQueries">For parsing queries, where a number also finds its other writing (<see cref="NumberFormsFilter"/>).</param>
    public static Analyzer Create(TextAnalysis? analysis = null, bool forQueries = false)
    {
        var names = new NameAnalyzer();
        return new PerFieldAnalyzerWrapper(new NewsAnalyzer(analysis ?? TextAnalysis.Default, forQueries), new Dictionary<string, Analyzer>
        {
            [ArticleFields.Source] = names,
            [ArticleFields.Person] = names,
            [ArticleFields.Organization] = names,
            [ArticleFields.Place] = names,
            // A reporter is found by any word of the name, as a person is: "author:seitkali" finds Aigerim Seitkali.
            [ArticleFields.Author] = names,
        });
    }
}
