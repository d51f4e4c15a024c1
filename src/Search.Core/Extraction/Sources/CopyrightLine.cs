using System.Text.RegularExpressions;

namespace Search.Core.Extraction;

/// <summary>
/// A copyright footer: "Copyright © 2019 The Washington Times, LLC", "© 2023 Cable News Network. All Rights Reserved.",
/// "(c) 1987 Reuters Ltd". The holder is the outlet that published the text when it is a known outlet, or when its
/// name ends like a newspaper's ("The Dallas Morning News"); a syndicator or owner ("Tribune Content Agency",
/// "Nexstar Media Inc") is not, nor is a picture agency.
/// </summary>
internal static partial class CopyrightLine
{
    private const int MaxLength = 200;

    [GeneratedRegex(@"^(?:Copyright\s*(?:©|\(c\)|&copy;)?|©|\(c\))\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*,?\s*)?(?<holder>\p{Lu}[^.,|©;]{1,60}?)\s*(?=[,.|;]|$|\s+(?:All\s+rights|LLC|Inc|Ltd|Limited|Corp)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Footer();

    // The last word of a newspaper's or a news service's name.
    private static readonly HashSet<string> MastheadEndings = new(
        ["Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Chronicle", "News", "Star", "Sun", "Observer", "Inquirer",
         "Register", "Examiner", "Telegraph", "Guardian", "Monitor", "Bee", "Courier", "Dispatch", "Daily", "Globe"], StringComparer.Ordinal);

    /// <summary>True when the paragraph is a copyright footer, which is no story text.</summary>
    public static bool Is(string paragraph) => paragraph.Length <= MaxLength && Footer().IsMatch(paragraph.Trim());

    /// <summary>The outlet a copyright footer names, or null when the line is no footer or its holder is not an outlet.</summary>
    public static string? Outlet(string paragraph, Gazetteer gazetteer)
    {
        if (paragraph.Length > MaxLength || Footer().Match(paragraph.Trim()) is not { Success: true } m) return null;
        string holder = m.Groups["holder"].Value.Trim();
        string withoutThe = holder.StartsWith("The ", StringComparison.Ordinal) ? holder[4..] : holder;
        if ((gazetteer.FindOutlet(holder) ?? gazetteer.FindOutlet(withoutThe)) is { } known) return known.Name;
        bool masthead = holder.Split(' ').Length >= 2 && MastheadEndings.Contains(holder[(holder.LastIndexOf(' ') + 1)..])
            && holder.Split(' ').All(w => w.Length > 0 && (char.IsUpper(w[0]) || w is "of" or "and" or "&"));
        return masthead ? holder : null;
    }
}
