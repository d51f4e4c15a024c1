using System.Text;

namespace Search.Core.Ingestion.Text;

/// <summary>
/// Turns the bytes of a file into text without ever garbling it: a byte-order mark wins, then the
/// charset the document declares (HTML <c>meta</c>, XML declaration), then strict UTF-8. Bytes that
/// fit none of these are reported with the line they are on, never replaced silently.
/// </summary>
public static class TextDecoder
{
    static TextDecoder()
    {
        // Windows-1252, ISO-8859-x, KOI8-R, Shift-JIS and the rest of the legacy code pages news sites declare.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The decoded text, or the problem (with its 1-based line) when the bytes cannot be read faithfully.</summary>
    /// <param name="declaredCharset">The charset the document names, if any (for example from <see cref="CharsetDeclaration"/>).</param>
    public static (string? Text, int Line, string? Problem) Decode(ReadOnlySpan<byte> bytes, string? declaredCharset = null)
    {
        var bom = BomEncoding(bytes, out int bomLength);
        Encoding? encoding = bom;
        if (encoding == null && !string.IsNullOrWhiteSpace(declaredCharset))
        {
            encoding = Named(declaredCharset.Trim());
            if (encoding == null) return (null, 1, $"unknown character encoding '{declaredCharset.Trim()}'");
        }
        encoding ??= new UTF8Encoding(false);
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return (strict.GetString(bytes[bomLength..]), 0, null);
        }
        catch (DecoderFallbackException e)
        {
            int at = Math.Clamp(bomLength + Math.Max(0, e.Index), 0, bytes.Length);
            int line = 1 + bytes[..at].Count((byte)'\n');
            string what = bom != null || declaredCharset != null ? $"valid {encoding.WebName}" : "valid UTF-8, and it declares no other encoding";
            return (null, line, $"the text is not {what}");
        }
    }

    /// <summary>The encoding for a charset name as HTML and XML documents write it, or null if unknown.</summary>
    public static Encoding? Named(string charset)
    {
        try
        {
            // Browsers read "iso-8859-1" and "us-ascii" as windows-1252 (WHATWG Encoding Standard); so do we.
            string name = charset.ToLowerInvariant() switch
            {
                "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" => "windows-1252",
                "utf8" => "utf-8",
                var other => other,
            };
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static Encoding? BomEncoding(ReadOnlySpan<byte> bytes, out int length)
    {
        (Encoding? encoding, length) = bytes switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(true, false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false), 2),
            [0xFE, 0xFF, ..] => ((Encoding)new UnicodeEncoding(true, false), 2),
            _ => ((Encoding?)null, 0),
        };
        return encoding;
    }
}
