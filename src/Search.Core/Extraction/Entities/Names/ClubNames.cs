namespace Search.Core.Extraction;

/// <summary>
/// Words that make a capitalized run a sports club's name, whose city is then no place of the story: "Werder Bremen",
/// "AS Monaco", "Leeds United" name a club, as "FC Astana" does, not Bremen, Monaco or Leeds.
/// </summary>
internal static class ClubNames
{
    /// <summary>Letters and words that open a club's name ("FC Astana", "FK Partizan", "VfB Stuttgart", "Borussia Dortmund").</summary>
    public static readonly HashSet<string> Prefixes = new(
        ["FC", "FK", "AFC", "AS", "AC", "SC", "SV", "VfB", "VfL", "TSG", "Werder", "Olympique", "Dynamo", "Dinamo", "Spartak",
            "Borussia", "Atletico", "Atlético", "Hertha", "Eintracht"], StringComparer.Ordinal);

    /// <summary>
    /// Words that end a club's name and no other ("Leeds United", "Blackburn Rovers", "Wigan Athletic"). Not "City", "Town" or
    /// "County", which end the names of places as often ("Mexico City", "Orange County"), nor "Forest" ("the Black Forest").
    /// </summary>
    public static readonly HashSet<string> Suffixes = new(
        ["United", "Rovers", "Wanderers", "Albion", "Hotspur", "Rangers", "Athletic", "Argyle"], StringComparer.Ordinal);
}
