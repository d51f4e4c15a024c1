using System.Security.Cryptography;
using System.Text;

namespace Search.Core.Ingestion;

/// <summary>
/// The hash that tells a changed article from an unchanged one on re-indexing. It covers the text and
/// the given metadata as read, and <see cref="PipelineVersion"/>, so a change to how articles are
/// turned into documents re-indexes them all on the next run.
/// </summary>
public static class ContentHash
{
    /// <summary>Raise when extraction or the document layout changes in a way that old documents should not keep.</summary>
    public const int PipelineVersion = 73;

    public static string Of(string text, GivenMetadata given)
    {
        var all = new StringBuilder(text.Length + 256).Append(PipelineVersion).Append('\u0001').Append(text);
        foreach (object? value in new object?[]
                 {
                     given.Title, given.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), given.Published?.ToString("O"), given.Source, given.Url, given.Language,
                     string.Join('\u0002', given.Authors), string.Join('\u0002', given.People),
                     string.Join('\u0002', given.Organizations), string.Join('\u0002', given.Places),
                 })
            all.Append('\u0001').Append(value);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())))[..16];
    }
}
