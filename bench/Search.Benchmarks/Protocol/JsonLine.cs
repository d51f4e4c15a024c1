using System.Text.Encodings.Web;
using System.Text.Json;

namespace Search.Benchmarks.Protocol;

/// <summary>Writes the protocol's one-object-a-line JSON.</summary>
internal static class JsonLine
{
    /// <summary>The engine name every line carries; run.sh adds its own <c>engine_name</c> beside it.</summary>
    public const string Engine = "search";

    // Relaxed: snippets keep their <mark> readable in the dump; the text is JSON, never HTML.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);

    /// <summary>A figure rounded as the Java harness prints it (3 decimals for ms, 2 for MB and s).</summary>
    public static double Round(double value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
