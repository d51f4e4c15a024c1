using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A candidate's share of the vote: "Chisenga … had 47.8% of the vote against 44.1% for Sichone", "gave Chisenga, the ruling
/// party's candidate, 49.2 percent". A share is the candidate's named right after "for", or else the one named nearest
/// before it with no other share between; a share that names no candidate ("more than 50% of votes cast") is nobody's. It is
/// read only in a sentence of an election, so "Chisenga's approval rating of 40%" is no share.
/// </summary>
internal static partial class VoteShares
{
    public static IEnumerable<Figure> In(string sentence, IReadOnlyList<(int Start, int End, string Name)> people)
    {
        if (people.Count == 0 || !Election().IsMatch(sentence)) yield break;
        var shares = NumberMentions.In(sentence).Where(n => !n.Vague && Share().IsMatch(sentence.AsSpan(n.End))).ToList();
        for (int i = 0; i < shares.Count; i++)
        {
            var share = shares[i];
            int after = share.End + Share().Match(sentence, share.End, sentence.Length - share.End).Length;
            string? candidate = ForCandidate().Match(sentence, share.End, sentence.Length - share.End) is { Success: true } named
                ? NamedAt(people, named.Index + named.Length) : null;
            candidate ??= NearestBefore(people, i > 0 ? shares[i - 1].End : 0, share.Start);
            if (candidate != null) yield return new Figure("share", candidate, share, sentence[share.Start..after].Trim());
        }
    }

    private static string? NamedAt(IReadOnlyList<(int Start, int End, string Name)> people, int at)
    {
        foreach (var person in people)
            if (person.Start == at) return person.Name;
        return null;
    }

    // The person named last between the share before (or the sentence's start) and this one.
    private static string? NearestBefore(IReadOnlyList<(int Start, int End, string Name)> people, int from, int to)
    {
        (int End, string? Name) nearest = (-1, null);
        foreach (var person in people)
            if (person.Start >= from && person.End <= to && person.End > nearest.End) nearest = (person.End, person.Name);
        return nearest.Name;
    }

    [GeneratedRegex(@"\b(?:votes?|voters|ballots?|polled|electoral|elections?|run-?off|constituencies|polling)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Election();

    // The percent sign or word right after the number, and the votes it is a share of.
    [GeneratedRegex(@"\G\s*(?:%|percent\b|per cent\b)(?:\s+of\s+(?:the\s+)?(?:(?:valid|popular)\s+)?(?:votes?|ballots)(?:\s+(?:cast|counted))?(?:\s+so far)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    // "… 44.1 percent for Sichone": the candidate named after "for", "went to" or "to".
    [GeneratedRegex(@"\G\s*(?:%|percent\b|per cent\b)(?:\s+of\s+(?:the\s+)?(?:votes?|ballots)(?:\s+(?:cast|counted))?)?\s+(?:for|went to|to)\s+(?:(?:opposition|the|ruling|party|leader|candidate|challenger)\s+){0,3}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForCandidate();
}
