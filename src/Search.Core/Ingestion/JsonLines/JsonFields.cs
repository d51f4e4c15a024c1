using System.Globalization;
using System.Text.Json;
using Search.Core.Ingestion.Text;

namespace Search.Core.Ingestion.JsonLines;

/// <summary>A required field of a line that is missing or wrong: the line is not read.</summary>
internal sealed class FieldException(string message) : Exception(message);

/// <summary>
/// Typed access to an article object's fields, with messages that name the field. A required field that is wrong fails the
/// line; an optional one is left out with a warning (<see cref="Dropped"/>), as pages and feeds keep an article whose
/// date does not read: an export's odd metadata cost the whole story.
/// </summary>
internal readonly struct JsonFields(JsonElement root, List<string> dropped)
{
    /// <summary>The optional fields left out, each with why.</summary>
    public IEnumerable<string> Dropped => dropped.Distinct(StringComparer.Ordinal);

    public string RequiredText(string name, bool allowNumber = false, bool allowEmpty = false)
    {
        if (!root.TryGetProperty(name, out var value)) throw new FieldException($"the required field '{name}' is missing");
        if (value.ValueKind == JsonValueKind.Null)
            throw new FieldException($"the required field '{name}' is null; it must be {(allowNumber ? "a string or a number" : "a string")}{(allowEmpty ? " (\"\" for none)" : "")}");
        string? text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number when allowNumber => value.GetRawText(),
            _ => null,
        };
        if (text == null) throw new FieldException($"the field '{name}' must be {(allowNumber ? "a string or a number" : "a string")}");
        if (!allowEmpty && string.IsNullOrWhiteSpace(text)) throw new FieldException($"the required field '{name}' is empty");
        return text;
    }

    public string? OptionalText(string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) return Drop(name, "must be a string");
        string text = TextCleaner.Clean(value.GetString()!).Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A string, or an array of them; nulls in the array are passed over, and an object is read by its "name".</summary>
    public IReadOnlyList<string> TextList(string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return [];
        var items = value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value];
        var texts = new List<string>();
        foreach (var item in items)
        {
            if (item.ValueKind == JsonValueKind.Null) continue;
            var text = item.ValueKind == JsonValueKind.Object && item.TryGetProperty("name", out var named) ? named : item;
            if (text.ValueKind != JsonValueKind.String)
            {
                Drop(name, "must be a string or an array of strings (or of objects with a \"name\")", whole: false);
                continue;
            }
            texts.Add(TextCleaner.Clean(text.GetString()!).Trim());
        }
        return texts.Where(v => v.Length > 0).Distinct().ToList();
    }

    public (DateOnly Day, string Text)? Date(string name)
    {
        string? text = OptionalText(name);
        if (text == null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return (day, text);
        // A full timestamp is accepted; its day as written is the publication day.
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment) && text.Length >= 10 && text[4] == '-')
            return (DateOnly.FromDateTime(moment.DateTime), text);
        Drop(name, $"must be a date like 2022-01-06 (or an ISO 8601 timestamp), not '{text}'");
        return null;
    }

    private string? Drop(string name, string why, bool whole = true)
    {
        dropped.Add($"the field '{name}' {why}; the article is kept without {(whole ? "it" : "those values")}");
        return null;
    }
}
