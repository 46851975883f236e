using System.Text.Json;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>A parsed ActivitySet: <c>{"activities":[…],"watermark":"N"}</c>.</summary>
internal sealed record ActivitySet(IReadOnlyList<JsonElement> Activities, string? Watermark)
{
    public static ActivitySet Parse(JsonElement set) => new(
        set.GetProperty("activities").EnumerateArray().Select(a => a.Clone()).ToArray(),
        set.TryGetProperty("watermark", out var watermark) ? watermark.GetString() : null);

    public static ActivitySet Parse(string json) => Parse(JsonDocument.Parse(json).RootElement);

    public string[] Texts => Activities.Select(a => a.TryGetProperty("text", out var text) ? text.GetString()! : $"({a.GetProperty("type").GetString()})").ToArray();
}
