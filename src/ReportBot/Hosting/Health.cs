using System.Text.Json.Serialization;

namespace ReportBot.Hosting;

/// <summary>What <c>GET /healthz</c> answers once the index is loaded.</summary>
internal sealed record Health(string Status, int Passages, IReadOnlyList<string> Reports);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Health))]
internal sealed partial class HostingJsonContext : JsonSerializerContext
{
    /// <summary>Chinese as it is, not as \u escapes.</summary>
    public static HostingJsonContext Readable { get; } = new(ReadableJson.SerializerOptions());
}
