using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Pattern;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Search.Core.Analysis;

/// <summary>
/// English analysis for article title and body: standard tokenizer, possessive removal, "US" read as "U.S.", lower case,
/// ASCII folding (so "Zajarova" and "Zajárova" meet), English stop words and Porter stemming
/// (so "protest" finds "protests"). <see cref="TextAnalysis"/> can vary the last steps for measurement.
/// </summary>
/// <remarks>The same chain runs at index and query time; changing it requires a rebuild of the index.</remarks>
public sealed class NewsAnalyzer(TextAnalysis analysis, bool forQueries = false) : Analyzer
{
    internal static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    public NewsAnalyzer() : this(TextAnalysis.Default)
    {
    }

    /// <summary>
    /// Words Porter cuts to another word's form. It stems "use", "used" and "using" to "us", the pronoun's form; kept
    /// whole, "us" is the pronoun alone.
    /// </summary>
    private static readonly StemmerOverrideFilter.StemmerOverrideMap Overrides = BuildOverrides();

    private static readonly System.Text.RegularExpressions.Regex CountryUs = new("^US$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static StemmerOverrideFilter.StemmerOverrideMap BuildOverrides()
    {
        var builder = new StemmerOverrideFilter.Builder(ignoreCase: false);
        foreach (var word in new[] { "use", "used", "uses", "using", "useful", "usefully", "usefulness" })
            builder.Add(word, "use");
        // "died" and "dies" it cuts to "di", the Italian of "Banco di Sicilia" and "Di Giorgio": a search for died found them.
        foreach (var word in new[] { "die", "died", "dies" })
            builder.Add(word, "die");
        // In a news archive the worst of all: "news" it cuts to "new", so a search for news found "NEW YORK".
        builder.Add("news", "news");
        // "gas" it cuts to "ga", the wire's abbreviation of Georgia ("COLUMBUS, Ga."), and "gases" to "gase", apart from gas.
        foreach (var word in new[] { "gas", "gases" })
            builder.Add(word, "gas");
        // "business" and "busy" share "busi"; "general", "generate" and "generation" share "gener" ("power generation"
        // found "General Motors" and every attorney general).
        foreach (var word in new[] { "business", "businesses" })
            builder.Add(word, "business");
        foreach (var word in new[] { "general", "generals", "generally" })
            builder.Add(word, "general");
        foreach (var word in new[] { "generation", "generations", "generate", "generated", "generates", "generating" })
            builder.Add(word, "generate");
        // Words Porter cuts to an event's form: "executive" to "execut" (executed), "critical" to "critic" (criticized),
        // "intensive" to "intens" (intense), "mobile" to "mobil" (mobilized), "hospitality" to "hospit" (hospital). A search
        // for executed found every chief executive, and linking read "chief executive said" as an execution.
        foreach (var word in new[] { "executive", "executives" })
            builder.Add(word, "executive");
        foreach (var word in new[] { "critical", "critically" })
            builder.Add(word, "critical");
        foreach (var word in new[] { "intensive", "intensively" })
            builder.Add(word, "intensive");
        foreach (var word in new[] { "mobile", "mobiles" })
            builder.Add(word, "mobile");
        builder.Add("hospitality", "hospitality");
        return builder.Build();
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = tokenizer;
        if (analysis.Possessives) stream = new EnglishPossessiveFilter(Version, stream);
        // "US" in capitals is the country, as "U.S." is: lower-cased it would be the pronoun "us".
        stream = new PatternReplaceFilter(stream, CountryUs, "U.S", all: false);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        if (analysis.StopWords) stream = new StopFilter(Version, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        if (analysis.Stemmer == Stemmer.Porter && analysis.StemmerOverrides) stream = new StemmerOverrideFilter(stream, Overrides);
        stream = analysis.Stemmer switch
        {
            Stemmer.Porter => new PorterStemFilter(stream),
            Stemmer.Minimal => new EnglishMinimalStemFilter(stream),
            Stemmer.KStem => new KStemFilter(stream),
            _ => stream,
        };
        if (forQueries && analysis.NumberForms) stream = new NumberFormsFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
