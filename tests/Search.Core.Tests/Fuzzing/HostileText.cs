using FsCheck;
using FsCheck.Fluent;

namespace Search.Core.Tests.Fuzzing;

/// <summary>
/// Generators of the text a hostile or careless input can carry: markup, entities, operators, invalid surrogates, noncharacters
/// (U+FFFE, which normalising refuses, was a 500), NUL, very long words.
/// </summary>
internal static class HostileText
{
    private static readonly string[] Pieces =
    [
        "<script>alert(1)</script>", "<mark>", "</mark>", "<b", "&amp;", "&", "&#x3C;", "\"", "'", "<", ">", "\0", "\u0007",
        "\ud800", "\udc00", "\uFFFE", "\uFFFF", "\uFDD0", "😀", "é", "Алматы", "\r\n", "\n\n", " ", "  ", "\t", "protest", "protests", "Tokayev", "AND", "OR", "NOT",
        "(", ")", "[", "]", "{", "}", "*", "?", "~", "^", ":", "\\", "/", "-", "+", "!", "title:", "date:[2022-01-01 TO *]",
        "\"state of emergency\"", "Almaty", "the", "…", new string('x', 300),
    ];

    /// <summary>A string of 0 to about 60 pieces.</summary>
    public static Gen<string> Text { get; } =
        Gen.Elements(Pieces).Or(Gen.Elements("abcdefghij0123456789 .,;".ToCharArray()).Select(c => c.ToString()))
            .ListOf().Select(parts => string.Concat(parts));

    public static Arbitrary<string> Arbitrary { get; } = Arb.From(Text);
}
