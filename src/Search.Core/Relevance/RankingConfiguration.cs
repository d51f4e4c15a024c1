using System.Globalization;
using Search.Core.Analysis;
using Search.Core.Search;

namespace Search.Core.Relevance;

/// <summary>
/// The ranking choices an evaluation can vary: BM25's k1 and b, the title's weight, and the text analysis.
/// Written and read as <c>name=value</c> pairs (<c>titleBoost=1 k1=1.2 b=0.75 stemmer=porter stopwords=true possessives=true</c>).
/// </summary>
public sealed record RankingConfiguration(float TitleBoost, float K1, float B, TextAnalysis Analysis)
{
    /// <summary>Relevance feedback for any-words queries: off, or the documents and terms it uses and the original query's weight.</summary>
    public bool Feedback { get; init; }
    public int FeedbackDocuments { get; init; } = 10;
    public int FeedbackTerms { get; init; } = 20;
    public float FeedbackOriginalWeight { get; init; } = 0.5f;
    public int FeedbackFirstPassWords { get; init; } = 24;

    /// <summary>Whether words also find their news synonyms (<see cref="SearchOptions.NewsSynonyms"/>).</summary>
    public bool Synonyms { get; init; }

    /// <summary>Whether words close together rank an article higher (<see cref="SearchOptions.ProximityScored"/>).</summary>
    public bool Proximity { get; init; }

    /// <summary>What the product ships: <see cref="SearchOptions"/>' defaults and <see cref="TextAnalysis.Default"/>.</summary>
    public static RankingConfiguration Product
    {
        get
        {
            var options = new SearchOptions();
            return new(options.TitleBoost, options.K1, options.B, TextAnalysis.Default)
            {
                Feedback = options.Feedback,
                FeedbackDocuments = options.FeedbackDocuments,
                FeedbackTerms = options.FeedbackTerms,
                FeedbackOriginalWeight = options.FeedbackOriginalWeight,
                FeedbackFirstPassWords = options.FeedbackFirstPassWords,
                Synonyms = options.NewsSynonyms,
                Proximity = options.ProximityScored,
            };
        }
    }

    /// <summary>This configuration with <c>name=value</c> changes applied.</summary>
    /// <exception cref="FormatException">An unknown name or an unreadable value.</exception>
    public RankingConfiguration With(IEnumerable<string> settings)
    {
        var result = this;
        foreach (string setting in settings)
        {
            int equals = setting.IndexOf('=');
            if (equals <= 0) throw new FormatException($"'{setting}' is not name=value");
            string name = setting[..equals].Trim().ToLowerInvariant(), value = setting[(equals + 1)..].Trim();
            result = name switch
            {
                "titleboost" => result with { TitleBoost = Number(setting, value) },
                "k1" => result with { K1 = Number(setting, value) },
                "b" => result with { B = Number(setting, value) },
                "stemmer" => result with { Analysis = result.Analysis with { Stemmer = Enum.TryParse<Stemmer>(value, true, out var s) ? s : throw Bad(setting, "porter, minimal, kstem or none") } },
                "stopwords" => result with { Analysis = result.Analysis with { StopWords = Flag(setting, value) } },
                "possessives" => result with { Analysis = result.Analysis with { Possessives = Flag(setting, value) } },
                "numberforms" => result with { Analysis = result.Analysis with { NumberForms = Flag(setting, value) } },
                "feedback" => result with { Feedback = Flag(setting, value) },
                "feedbackdocs" => result with { FeedbackDocuments = (int)Number(setting, value) },
                "feedbackterms" => result with { FeedbackTerms = (int)Number(setting, value) },
                "feedbackweight" => result with { FeedbackOriginalWeight = Number(setting, value) },
                "feedbackfirstpass" => result with { FeedbackFirstPassWords = (int)Number(setting, value) },
                "synonyms" => result with { Synonyms = Flag(setting, value) },
                "proximity" => result with { Proximity = Flag(setting, value) },
                _ => throw new FormatException($"'{name}' is not a ranking setting; use titleBoost, k1, b, stemmer, stopwords, possessives, numberForms, feedback, feedbackDocs, feedbackTerms, feedbackWeight, feedbackFirstPass, synonyms or proximity"),
            };
        }
        return result;
    }

    public override string ToString() =>
        FormattableString.Invariant($"titleBoost={TitleBoost} k1={K1} b={B} stemmer={Analysis.Stemmer.ToString().ToLowerInvariant()} stopwords={Analysis.StopWords.ToString().ToLowerInvariant()} possessives={Analysis.Possessives.ToString().ToLowerInvariant()}") +
        (Feedback ? FormattableString.Invariant($" feedback=true feedbackDocs={FeedbackDocuments} feedbackTerms={FeedbackTerms} feedbackWeight={FeedbackOriginalWeight} feedbackFirstPass={FeedbackFirstPassWords}") : " feedback=false") +
        (Synonyms ? " synonyms=true" : " synonyms=false") + (Proximity ? " proximity=true" : " proximity=false");

    /// <summary>Search options for an evaluation run: this ranking, and room for 1,000 hits per topic.</summary>
    internal SearchOptions SearchOptions() => new()
    {
        TitleBoost = TitleBoost,
        K1 = K1,
        B = B,
        MaxPageSize = 1000,
        MaxResultWindow = 1000,
        MaxLongQueryLength = 1_000_000,
        Feedback = Feedback,
        FeedbackDocuments = FeedbackDocuments,
        FeedbackTerms = FeedbackTerms,
        FeedbackOriginalWeight = FeedbackOriginalWeight,
        FeedbackFirstPassWords = FeedbackFirstPassWords,
        NewsSynonyms = Synonyms,
        ProximityScored = Proximity,
    };

    private static float Number(string setting, string value) =>
        float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out float n) ? n : throw Bad(setting, "a number");

    private static bool Flag(string setting, string value) => bool.TryParse(value, out bool b) ? b : throw Bad(setting, "true or false");

    private static FormatException Bad(string setting, string expected) => new($"'{setting}': expected {expected}");
}
