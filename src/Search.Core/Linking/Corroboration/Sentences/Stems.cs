using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Search.Core.Linking.Corroboration;

/// <summary>The terms an analyzer makes of a text: stop words dropped, words stemmed, as the index holds them.</summary>
internal static class Stems
{
    public static List<string> Of(Analyzer analyzer, string text, string field = Passages.PassageFields.Text)
    {
        var stems = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add(term.ToString());
        stream.End();
        return stems;
    }

    /// <summary>The terms with where each stands in the text, for showing a term as the text wrote it.</summary>
    public static List<(string Stem, int Start, int End)> Placed(Analyzer analyzer, string text, string field = Passages.PassageFields.Text)
    {
        var stems = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) stems.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        stream.End();
        return stems;
    }
}
