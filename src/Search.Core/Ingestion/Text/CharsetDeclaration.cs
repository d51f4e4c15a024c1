using System.Text;
using System.Text.RegularExpressions;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Finds the charset a document declares in its first bytes, before it is decoded: an HTML
/// <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> content type, or an XML declaration's <c>encoding</c>.
/// </summary>
public static partial class CharsetDeclaration
{
    // The HTML standard's prescan looks at the first 1024 bytes; some pages put a long head first, so look a little further.
    private const int PrescanBytes = 4096;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml[^>]*\bencoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();

    /// <summary>The charset an HTML page declares, or null.</summary>
    public static string? OfHtml(ReadOnlySpan<byte> bytes)
    {
        var match = MetaCharset().Match(Prefix(bytes));
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The encoding an XML document's declaration names, or null.</summary>
    public static string? OfXml(ReadOnlySpan<byte> bytes)
    {
        var match = XmlEncoding().Match(Prefix(bytes));
        return match.Success ? match.Groups[1].Value : null;
    }

    // Declarations are ASCII in every ASCII-compatible encoding, so read the prefix as Latin-1 without decoding it properly.
    private static string Prefix(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
}
