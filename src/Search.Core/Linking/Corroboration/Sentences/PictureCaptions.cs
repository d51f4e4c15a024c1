using System.Text.RegularExpressions;

namespace Search.Core.Linking.Corroboration;

/// <summary>
/// A caption that describes a picture and names no credit: "Protesters participate in a rally for an increase in energy prices
/// in Almaty on January 5, 2022.", "Security forces are seen in Kazakhstan as protests continued until Thursday." Each of its
/// lines is in the present tense of what the picture shows: "is seen" or "are pictured", or a verb of the scene and the day
/// the picture was taken at its end. It reports what a photographer saw, not a fact an outlet reported, and scraped pages
/// keep it among the paragraphs (a credited caption is set apart at ingestion). A caption that states a fact in the past
/// tense ("Russian forces were sent into the country") is not one of these.
/// </summary>
internal static partial class PictureCaptions
{
    private const int MaxLength = 300;

    public static bool Describes(string paragraph)
    {
        string text = paragraph.Trim();
        if (text.Length == 0 || text.Length > MaxLength) return false;
        foreach (string line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            if (!Seen().IsMatch(line) && !SceneOnADay().IsMatch(line)) return false;
        return true;
    }

    // "Security forces are seen in Kazakhstan as protests continued until Thursday.": seen where, not "is seen as a boost".
    [GeneratedRegex(@"^\p{Lu}[^.!?]{0,160}?\b(?:is|are)\s+(?:seen|pictured|shown)\s+(?:in|at|on|outside|inside|near|during|after|before|behind|along|under|above|through|among|beside|around)\b[^!?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Seen();

    // "Protesters participate in a rally … in Almaty on January 5, 2022.", "Protesters gather in front of the police line … on January 5."
    // Verbs of a scene only: "The committee holds its next meeting on March 3" is a schedule, not a picture.
    [GeneratedRegex(@"^\p{Lu}[^.!?]{0,120}?\b(?:participates?|gathers?|walks?|poses?|looks? on|march(?:es)?|rall(?:y|ies)|blocks?|guards?|patrols?|shouts?|chants?|reacts?|carr(?:y|ies)|gestures?)\b[^!?]{0,200}\bon\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}(?:,\s+\d{4})?\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex SceneOnADay();
}
