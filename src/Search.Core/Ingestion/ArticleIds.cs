using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion;

/// <summary>
/// Article ids as the index and URLs use them: letters, digits, <c>.</c>, <c>_</c> and <c>-</c>, at most
/// <see cref="MaxLength"/> characters. A given id of that shape is kept as it is; any other (a URL, a
/// feed guid, a title) becomes a readable slug plus a short hash of the original, so it stays unique and stable.
/// </summary>
public static partial class ArticleIds
{
    public const int MaxLength = 120;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex Safe();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex Unsafe();

    public static string From(string raw)
    {
        string trimmed = raw.Trim();
        if (trimmed.Length <= MaxLength && Safe().IsMatch(trimmed)) return trimmed;
        string hash = ShortHash(trimmed, 12);
        string slug = Unsafe().Replace(trimmed, "-").Trim('-');
        if (slug.Length > 60) slug = slug[^60..].TrimStart('-'); // the end of a URL names the story; the start is the site
        return slug.Length == 0 ? hash : $"{slug}-{hash}";
    }

    /// <summary>The first <paramref name="length"/> hex digits of the text's SHA-256: stable across runs and machines.</summary>
    public static string ShortHash(string text, int length) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..length];
}
