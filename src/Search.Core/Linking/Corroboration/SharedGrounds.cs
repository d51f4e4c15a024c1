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

    private static readonly HashSet<string> FunctionWords = new(SceneWords.Function, StringComparer.OrdinalIgnoreCase);
}
