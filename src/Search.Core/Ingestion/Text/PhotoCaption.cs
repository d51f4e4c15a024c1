using System.Buffers;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Recognises a photo caption or credit: a paragraph that describes a picture and names who took or supplied it
/// ("Troops at the airport. | Photo: EFE/EPA/RUSSIAN DEFENCE MINISTRY PRESS SERVICE", "(Photo by Jane Doe/Getty Images)",
/// "REUTERS/Kevin Lamarque"). A caption is no headline, no lead and no by-line, and a poor snippet; the agencies
/// its credit names are not actors in the story. Stateless; safe from any thread.
/// </summary>
public static partial class PhotoCaption
{
    // Captions are short; a long paragraph that mentions a photo is story text.
    private const int MaxCaptionLength = 400;

    // A credit's opening words: "Photo:", "| Photo:", "(Photo by", "Photograph:", "Picture:", "Image:", "Credit:", "File photo:".
    [GeneratedRegex(@"(?:^|[|(\[]\s*|[.!?”""]\s+)(?:File\s+)?(?:(?:Photo(?:graph)?s?|Pictures?|Images?|Credit|Photo\s+credit)\s*:|Photo(?:graph)?\s+by\b|Photo\s*/)", RegexOptions.IgnoreCase)]
    private static partial Regex CreditOpening();

    // A picture agency's signature closing the paragraph: "Getty Images", "AFP via Getty Images", "AP Photo/Evan Vucci",
    // "REUTERS/Kevin Lamarque", "EPA-EFE/SERGEI ILNITSKY", "Shutterstock". A name after the slash is capitalized words only,
    // and the agency opens the paragraph or follows a sentence end, a bar or a bracket: "a Reuters/Ipsos poll" is story text.
    [GeneratedRegex(@"(?:^|[.!?|(\[/]\s*)(?<credit>(?:[\p{L}]+\s+via\s+)?Getty\s+Images|Shutterstock|(?:AP\s+Photo|REUTERS|Reuters|AFP|EPA(?:-EFE)?|EFE|Xinhua|Anadolu)\s*/\s*\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,3})[)\]]?\.?\s*$")]
    private static partial Regex AgencySignature();

    // A word every credit opening holds, and one every agency signature holds (the bare "Agency/Name" holds the slash).
    // Apart, because "credit" and a slash are common in financial text: each pattern runs only when its own word is there.
    private static readonly SearchValues<string> OpeningWords =
        SearchValues.Create(["photo", "picture", "image", "credit"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> SignatureWords =
        SearchValues.Create(["getty", "shutterstock", "/"], StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the paragraph is a photo caption or credit rather than story text.</summary>
    public static bool IsCaptionOrCredit(string paragraph)
    {
        string text = paragraph.Trim();
        if (text.Length == 0 || text.Length > MaxCaptionLength) return false;
        return CreditStart(text) >= 0;
    }

    /// <summary>
    /// Where a photo credit begins inside a paragraph ("Troops at the airport. | Photo: EFE/EPA/..." → the '|';
    /// "Protesters in Almaty. REUTERS/Pavel Mikheyev" → "REUTERS"), or -1; the text before it may still describe
    /// the story, the credit never does.
    /// </summary>
    public static int CreditStart(string paragraph)
    {
        // Every paragraph is asked, and almost none is a caption: one vectorized scan rules most out before any regex runs.
        if (paragraph.AsSpan().IndexOfAny(OpeningWords) >= 0 && CreditOpening().Match(paragraph) is { Success: true } opening)
        {
            // Start at the bracket or bar, not at the sentence end before it.
            int start = opening.Index;
            while (start < paragraph.Length && (paragraph[start] is '.' or '!' or '?' or '”' or '"' || char.IsWhiteSpace(paragraph[start]))) start++;
            return start;
        }
        if (paragraph.AsSpan().IndexOfAny(SignatureWords) < 0) return -1;
        var signature = AgencySignature().Match(paragraph);
        return signature.Success ? signature.Groups["credit"].Index : -1;
    }
}
