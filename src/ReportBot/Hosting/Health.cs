using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Hosting;

/// <summary>What <c>GET /healthz</c> answers once the index is loaded.</summary>
internal sealed record Health(string Status, int Passages, IReadOnlyList<string> Reports);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Health))]
internal sealed partial class HostingJsonContext : JsonSerializerContext
{
    /// <summary>Chinese as it is, not as \u escapes.</summary>
    public static HostingJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
