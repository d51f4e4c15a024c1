using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// English analysis for article title and body: standard tokenizer, possessive removal, lower case,
/// ASCII folding (so "Zajarova" and "Zajárova" meet), English stop words and Porter stemming
/// (so "protest" finds "protests"). <see cref="TextAnalysis"/> can vary the last steps for measurement.
/// </summary>
/// <remarks>The same chain runs at index and query time; changing it requires a rebuild of the index.</remarks>
public sealed class NewsAnalyzer(TextAnalysis analysis) : Analyzer
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public NewsAnalyzer() : this(TextAnalysis.Default)
    {
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = tokenizer;
        if (analysis.Possessives) stream = new EnglishPossessiveFilter(Version, stream);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (analysis.StopWords) stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = analysis.Stemmer switch
        {
            Stemmer.Porter => new PorterStemFilter(stream),
            Stemmer.Minimal => new EnglishMinimalStemFilter(stream),
            Stemmer.KStem => new KStemFilter(stream),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
