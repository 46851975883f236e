using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>
/// Source-generated System.Text.Json metadata for the protocol types: camelCase names, nulls omitted,
/// case-insensitive reading, ISO-8601 timestamps. Use it through <see cref="ProtocolJson.Context"/> (same metadata,
/// Chinese written unescaped) or <see cref="ProtocolJson.Options"/> (adds a reflection fallback for app types
/// placed in raw JSON members) rather than <c>Default</c>.
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true,
    Converters = [typeof(TimestampConverter)])]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(Activity[]))]
[JsonSerializable(typeof(ExpectedReplies))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ErrorResponse))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(Entity))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(Attachment))]
[JsonSerializable(typeof(CardAction))]
[JsonSerializable(typeof(ChannelAccount))]
[JsonSerializable(typeof(ConversationAccount))]
[JsonSerializable(typeof(JsonElement))]
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, string>))]
[JsonSerializable(typeof(List<object>))]
[JsonSerializable(typeof(object[]))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(decimal))]
public sealed partial class ProtocolJsonContext : JsonSerializerContext;
