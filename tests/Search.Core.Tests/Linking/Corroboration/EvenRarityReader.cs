using Search.Core.Analysis;
using Search.Core.Linking.Corroboration;

namespace Search.Core.Tests.Linking.Corroboration;

/// <summary>The news analyzer, synonyms and event words, and a sentence reader over them where every word is equally rare, so only the rules decide.</summary>
internal sealed class EvenRarityReader : IDisposable
{
    private readonly NewsAnalyzer _analyzer = new(TextAnalysis.Default);

    public EvenRarityReader()
    {
        Synonyms = NewsSynonyms.Load(_analyzer);
        Events = NewsEvents.Load(_analyzer, Synonyms);
        Reader = new FeatureReader(_analyzer, Synonyms, _ => 3.5f, Seeds.Gazetteer);
    }

    public NewsAnalyzer Analyzer => _analyzer;

    public NewsSynonyms Synonyms { get; }

    public NewsEvents Events { get; }

    public FeatureReader Reader { get; }

    /// <summary>A passage of the given sentences, as the reader reads them with no entities.</summary>
    public List<SentenceFeatures> Passage(params string[] sentences) =>
        sentences.Select((s, i) => Reader.Read("s-" + i, s, [])).ToList();

    public void Dispose() => _analyzer.Dispose();
}
