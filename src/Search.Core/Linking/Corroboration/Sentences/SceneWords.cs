namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Words that set a report's scene or hold its sentence together, and state no fact of their own: when two sentences share
/// nothing else ("during", "Wednesday night", "Almaty"), they tell of one scene, not one fact.
/// </summary>
internal static class SceneWords
{
    /// <summary>Days and times of day.</summary>
    public static readonly string[] Times =
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "afternoon", "evening",
        "today", "yesterday", "week", "day", "days", "overnight",
    ];

    /// <summary>Auxiliaries, prepositions, pronouns, quantifiers and the verbs of attribution.</summary>
    public static readonly string[] Function =
    [
        "was", "were", "been", "being", "be", "is", "are", "am", "had", "has", "have", "having", "do", "does", "did", "would",
        "could", "should", "can", "may", "might", "must", "shall", "out", "up", "down", "off", "over", "under", "near", "after",
        "before", "during", "since", "until", "about", "against", "between", "through", "from", "than", "also", "still",
        "according", "said", "says", "told", "added", "reported", "report", "more", "most", "some", "other", "another", "its",
        "his", "her", "our", "we", "he", "she", "who", "whom", "which", "what", "where", "when", "how", "many", "much", "all",
        "any", "each", "so", "very", "only", "just", "later", "earlier", "then", "now", "one",
    ];
}
