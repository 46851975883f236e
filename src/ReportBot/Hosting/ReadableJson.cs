using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportBot.Hosting;

/// <summary>JSON for people and scripts alike: camelCase, Chinese written as it is rather than as \u escapes.</summary>
internal static class ReadableJson
{
    /// <summary>New options each call: a source-generated context takes options of its own.</summary>
    public static JsonSerializerOptions SerializerOptions(bool indented = false) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonWriterOptions WriterOptions(bool indented = false) => new() { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
