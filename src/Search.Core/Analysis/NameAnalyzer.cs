using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;

namespace Search.Core.Analysis;

/// <summary>
/// Analysis for names (source outlet, people, organizations, places) searched with <c>field:value</c>:
/// words lower-cased and ASCII-folded but not stemmed or stopped, so <c>org:OTSC</c> or
/// <c>person:tokayev</c> match a name or any of its aliases.
/// </summary>
public sealed class NameAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(NewsAnalyzer.Version, reader);
        TokenStream stream = new LowerCaseFilter(NewsAnalyzer.Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
