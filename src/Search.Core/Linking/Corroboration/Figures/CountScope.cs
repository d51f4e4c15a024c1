using System.Text.RegularExpressions;
using Search.Core.Extraction;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// Where one count of a sentence was made, when the sentence names more than one scope: the places named nearest its number
/// ("In Toamasina, the number of dead rose to 13, while seven people lost their lives in Antananarivo"); the whole country
/// when a word of it is nearer ("Nationwide, at least 31 people were killed, including seven in the capital"); or a place
/// left unnamed ("Four people drowned in the town"), a part like a named one that meets no other. Places named together, with
/// no number between them, are one scope ("in Coatzacoalcos, Veracruz"). In a sentence of several scopes, a capitalized
/// name after "in" is a town though the gazetteer does not know it ("Four people died in Brickaville and three in Fenoarivo").
/// </summary>
internal static partial class CountScope
{
    private static readonly IReadOnlySet<string> Whole = new HashSet<string>();

    /// <summary>The scope of a count its sentence says is the whole country's ("nationwide", "in different regions").</summary>
    public static IReadOnlySet<string> Nationwide { get; } = new HashSet<string>();

    /// <param name="sentence">The sentence as read.</param>
    /// <param name="places">Where it names places inside a country, and which.</param>
    /// <param name="named">Where it names any entity.</param>
    /// <param name="numbers">Its numbers (<see cref="NumberMentions.In"/>), read once for all its counts.</param>
    /// <param name="number">The count's number.</param>
    public static IReadOnlySet<string> Of(string sentence, IReadOnlyList<(int Start, int End, string Name)> places, IReadOnlyList<(int Start, int End)> named,
        IReadOnlyList<NumberMention> numbers, NumberMention number)
    {
        var towns = InTown().Matches(sentence).Select(m => m.Groups[1])
            .Where(g => !NotTowns.Contains(g.Value) && !named.Any(n => n.Start < g.Index + g.Length && g.Index < n.End))
            .Select(g => (Start: g.Index, End: g.Index + g.Length, Name: NameKey.Of(g.Value))).ToList();
        // "In Brickaville, about 100 kilometers south of Toamasina, four people drowned": a sentence that opens on its place.
        if (towns is [{ Start: 3 } opening, ..] && sentence.AsSpan(opening.End).StartsWith(",")) places = [.. places, opening];
        var others = WholeWords().Matches(sentence).Select(m => new Scope(m.Index, m.Index + m.Length, Nationwide))
            .Concat(Unnamed().Matches(sentence).Select(m => new Scope(m.Index, m.Index + m.Length, new HashSet<string>(["(unnamed) " + sentence]))))
            // "The port city of Nacala has reported 19 suspected cases": a town, though the gazetteer does not know it; not the town
            // of the dateline ("COATZACOALCOS, Mexico (AP) — … over the port city of Coatzacoalcos"), which is the story's own.
            .Concat(TownOf().Matches(sentence).Where(m => !places.Any(p => p.Start == m.Index + m.Length) && !InDateline(sentence, m.Index + m.Length))
                .Select(m => new Scope(m.Index, m.Index + m.Length, new HashSet<string>(["(unnamed) " + sentence]))))
            .ToList();
        var grouped = Together(places, numbers);
        if (grouped.Count + others.Count + towns.Count > 1) grouped = Together([.. places, .. towns], numbers);
        var scopes = grouped.Concat(others).ToList();
        if (scopes.Count == 0) return Whole;
        if (scopes.Count == 1) return scopes[0].Places;
        // The nearest scope with no other count between it and the number: in "In Toamasina, the number of dead rose to 13, while
        // seven people lost their lives in Antananarivo", Antananarivo is nearer to 13 but is the seven's.
        return scopes.MinBy(s => Distance(s, number) + (numbers.Any(n => n.Start != number.Start && Between(n, s, number)) ? sentence.Length : 0))!.Places;
    }

    private static bool InDateline(string sentence, int nameAt)
    {
        int dateline = NamedSentence.DatelineLength(sentence), end = nameAt;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        return dateline > 0 && sentence.AsSpan(0, dateline).Contains(sentence.AsSpan(nameAt, end - nameAt), StringComparison.OrdinalIgnoreCase);
    }

    private static int Distance(Scope scope, NumberMention number) =>
        scope.End <= number.Start ? number.Start - scope.End : scope.Start >= number.End ? scope.Start - number.End : 0;

    private static bool Between(NumberMention other, Scope scope, NumberMention number) =>
        scope.End <= number.Start ? other.Start >= scope.End && other.End <= number.Start : other.Start >= number.End && other.End <= scope.Start;

    private sealed record Scope(int Start, int End, IReadOnlySet<string> Places);

    // Places named one after another with no number between them are one scope: a city and its state, or two towns counted as one.
    private static List<Scope> Together(IReadOnlyList<(int Start, int End, string Name)> places, IReadOnlyList<NumberMention> numbers)
    {
        var scopes = new List<Scope>();
        foreach (var place in places.OrderBy(p => p.Start))
        {
            if (scopes.Count > 0 && (place.Start < scopes[^1].End || !numbers.Any(n => n.Start >= scopes[^1].End && n.End <= place.Start)))
                scopes[^1] = new Scope(scopes[^1].Start, Math.Max(scopes[^1].End, place.End), new HashSet<string>(scopes[^1].Places.Append(place.Name), StringComparer.Ordinal));
            else scopes.Add(new Scope(place.Start, place.End, new HashSet<string>([place.Name], StringComparer.Ordinal)));
        }
        return scopes;
    }

    // "Nationwide", "across the country", "Across Madagascar": the count is the whole's.
    [GeneratedRegex(@"\b(?:[Nn]ationwide|[Cc]ountrywide|[Aa]cross the (?:country|nation|island)|[Aa]cross \p{Lu}\p{L}+|[Tt]hroughout the (?:country|nation|island)|in (?:different|several|various|many) (?:regions|provinces|cities|parts of the country)|in total)\b")]
    private static partial Regex WholeWords();

    // "in Brickaville": a capitalized name after "in", read only beside another scope.
    [GeneratedRegex(@"\b[Ii]n (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2})")]
    private static partial Regex InTown();

    private static readonly HashSet<string> NotTowns = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A", "An", "This", "That", "Its", "Their",
    };

    // "in the town", "in the city": a part of the whole, its name given in another sentence.
    [GeneratedRegex(@"\bin the (?:town|city|village|port|district|neighbou?rhood)\b")]
    private static partial Regex Unnamed();

    [GeneratedRegex(@"\b[Tt]he (?:port )?(?:town|city|village|district) of (?=\p{Lu})")]
    private static partial Regex TownOf();
}
