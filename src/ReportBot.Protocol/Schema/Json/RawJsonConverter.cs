using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ReportBot.Protocol.Schema.Json;

/// <summary>
/// For <c>object?</c> members that carry arbitrary JSON (channelData, value, attachment content). Reads any JSON
/// value as a <see cref="JsonElement"/>; writes <see cref="JsonElement"/>, <see cref="JsonNode"/> and
/// <see cref="JsonDocument"/> verbatim and any other object with the serializer options in use, falling back to
/// <see cref="ProtocolJson.Options"/> (reflection) for types the source-generated context does not know, such as
/// anonymous objects.
/// </summary>
internal sealed class RawJsonConverter : JsonConverter<object>
{
    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonElement.ParseValue(ref reader);

    public override void Write(Utf8JsonWriter writer, object value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case JsonElement element:
                element.WriteTo(writer);
                return;
            case JsonNode node:
                node.WriteTo(writer, options);
                return;
            case JsonDocument document:
                document.RootElement.WriteTo(writer);
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
        }

        JsonSerializer.Serialize(writer, value, TypeInfoFor(value.GetType(), options));
    }

    internal static JsonTypeInfo TypeInfoFor(Type type, JsonSerializerOptions options) =>
        options.TryGetTypeInfo(type, out var typeInfo) ? typeInfo : ProtocolJson.Options.GetTypeInfo(type);
}
