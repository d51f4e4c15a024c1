using System.Text.Json;

namespace Search.Core.Linking.Evaluation;

/// <summary>Reads a JSON file of labels or judgments; a malformed one is reported as <c>path:line: problem</c>.</summary>
internal static class LabelFile
{
    public static T Read<T>(string path) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), new JsonSerializerOptions(JsonSerializerDefaults.Web))
                ?? throw new InvalidDataException($"{path}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}:{(e.LineNumber ?? 0) + 1}: {e.Message.Split(" Path:")[0]}", e);
        }
    }
}
