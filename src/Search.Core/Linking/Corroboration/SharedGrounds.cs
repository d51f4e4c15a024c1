namespace Search.Core.Linking.Corroboration;

/// <summary>
/// What two linked sentences share, as a reader wants to see it: <see cref="Corroboration.Shared"/> without the words that
/// say nothing alone ("were", "according"), a number's words beside its digits ("two" beside "2"), or a name's words beside the
/// name ("Health" beside "Ministry of Health"). The evaluation prints the whole list, since those words weigh in a link too.
/// </summary>
public static class SharedGrounds
{
    public static IReadOnlyList<string> ForReaders(IReadOnlyList<string> shared, int most)
    {
        var nameWords = shared.Where(s => s.Contains(' ')).SelectMany(s => s.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return shared.Where(s => s.Contains(' ') || !(FunctionWords.Contains(s) || nameWords.Contains(s) || IsNumberInWords(s)))
            .Take(most).ToList();
    }

    private static bool IsNumberInWords(string word) =>
        !char.IsAsciiDigit(word[0]) && NumberMentions.In(word) is [{ Vague: false } number] && number.End - number.Start == word.Length;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "was", "were", "been", "being", "be", "is", "are", "am", "had", "has", "have", "having", "do", "does", "did", "would",
        "could", "should", "can", "may", "might", "must", "shall", "out", "up", "down", "off", "over", "under", "near", "after",
        "before", "during", "since", "until", "about", "against", "between", "through", "from", "than", "also", "still",
        "according", "said", "says", "told", "added", "reported", "more", "most", "some", "other", "another", "its", "his", "her",
        "our", "we", "he", "she", "who", "whom", "which", "what", "where", "when", "how", "many", "much", "all", "any", "each",
        "so", "very", "only", "just", "later", "earlier", "then", "now", "one",
    };
}
