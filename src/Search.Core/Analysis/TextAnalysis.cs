namespace Search.Core.Analysis;

/// <summary>How English words are reduced to index terms.</summary>
public enum Stemmer
{
    /// <summary>Porter's stemmer: "protests", "protesting" and "protested" all become "protest".</summary>
    Porter,

    /// <summary>Lucene's English minimal stemmer: plurals only ("protests" → "protest").</summary>
    Minimal,

    /// <summary>Krovetz's stemmer: inflections to dictionary words, milder than Porter.</summary>
    KStem,

    /// <summary>No stemming.</summary>
    None,
}

/// <summary>
/// The choices of the English text analysis of title and body. The product ships one, <see cref="Default"/>,
/// chosen by measurement (docs/ranking.md); the others exist so the ranking evaluation can compare them.
/// </summary>
/// <remarks>Index and queries must use the same analysis: changing it needs a rebuild of the index.</remarks>
/// <param name="StemmerOverrides">Words Porter cuts to another word's form kept apart ("news" is not "new"; <see cref="NewsAnalyzer"/>).
/// Off, the analysis is Lucene's Porter chain exactly, as the benchmark compares it with Lucene's.</param>
/// <param name="NumberForms">A number in a query also finds its other writing ("2000" and "2,000"; <see cref="NumberFormsFilter"/>).
/// Queries only: the index keeps numbers as written. Off, the benchmark's queries are Lucene's.</param>
public sealed record TextAnalysis(Stemmer Stemmer = Stemmer.Porter, bool StopWords = true, bool Possessives = true, bool StemmerOverrides = true, bool NumberForms = true)
{
    public static readonly TextAnalysis Default = new();

    public override string ToString() =>
        $"stemmer={Stemmer}, stopwords={StopWords}, possessives={Possessives}" + (StemmerOverrides ? "" : ", overrides=False")
        + (NumberForms ? "" : ", numberForms=False");
}
