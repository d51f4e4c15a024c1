using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// The events a sentence calls by their names: "the Camp Fire", "the 2018 Carr fire", "Typhoon Hilda". Two sentences that name
/// events, and none in common, count two events: "In 2018, the Camp Fire killed 85 people" and "the 2018 Carr fire, which …
/// killed eight people" are no figures that disagree, though both tell of a 2018 fire.
/// </summary>
internal static partial class NamedEvents
{
    /// <summary>Whether both sentences name events, and none in common.</summary>
    public static bool Differ(string a, string b) => Differ(Of(a), Of(b));

    /// <summary>Whether both sets of named events hold some, and none in common (<see cref="Figure.Contradicts"/>).</summary>
    public static bool Differ(IReadOnlySet<string> ours, IReadOnlySet<string> theirs) =>
        ours.Count > 0 && theirs.Count > 0 && !ours.Overlaps(theirs);

    /// <summary>The events the sentence names, by their names' words, lower-cased ("camp", "hilda").</summary>
    public static IReadOnlySet<string> Of(string sentence) =>
        Named().Matches(sentence).Select(m => (m.Groups["fire"].Success ? m.Groups["fire"] : m.Groups["storm"]).Value.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    // A fire is named by the word before "Fire" after "the" (and perhaps its year), unless it names a fire service ("the Almaty
    // fire department"); a storm by the name after its kind.
    [GeneratedRegex(@"\b[Tt]he\s+(?:(?:19|20)\d{2}\s+)?(?<fire>\p{Lu}[\p{L}-]+)\s+(?:[Ff]ire|Complex)\b(?!\s+(?:[Dd]epartment|[Bb]rigade|[Ss]ervices?|[Ss]tation|[Cc]hief|[Ff]ighters|[Ee]ngines?|[Tt]rucks?|[Ss]afety|[Aa]uthority|[Mm]arshal))|\b(?:Typhoon|Cyclone|Hurricane|Tropical\s+Storm|Storm)\s+(?<storm>\p{Lu}\p{Ll}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
