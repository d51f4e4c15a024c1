using Search.Core.Highlighting;

namespace Search.Core.Linking.Passages;

/// <summary>A passage's text, cut from its article's stored body by paragraph number (passage documents do not store it).</summary>
internal static class PassageText
{
    /// <summary>The text of paragraph <paramref name="number"/> (1-based), or "" when the body has fewer paragraphs.</summary>
    public static string Of(string body, int number) => Of(body, Highlighter.Paragraphs(body), number);

    /// <summary>The same, with the body's paragraph spans already split.</summary>
    public static string Of(string body, IReadOnlyList<Analysis.TextSpan> paragraphs, int number) =>
        number >= 1 && number <= paragraphs.Count ? body[paragraphs[number - 1].Start..paragraphs[number - 1].End] : "";
}
