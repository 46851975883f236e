using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace ReportBot.Protocol.Schema;

/// <summary>
/// The protocol's JSON settings and shortcuts. <see cref="Options"/> resolves protocol types from the
/// source-generated <see cref="ProtocolJsonContext"/> and anything else (an app's card model, an anonymous object
/// in <see cref="Activity.Value"/>) by reflection, with the same camelCase / omit-null rules.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Read-only options: camelCase, nulls omitted, case-insensitive reads, ISO-8601 timestamps.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity, ProtocolJsonContext.Default.Activity);

    public static byte[] SerializeToUtf8Bytes(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, ProtocolJsonContext.Default.Activity);

    /// <exception cref="JsonException">The text is not JSON or does not fit the schema.</exception>
    public static Activity? DeserializeActivity(string json) =>
        JsonSerializer.Deserialize(json, ProtocolJsonContext.Default.Activity);

    /// <exception cref="JsonException">The bytes are not JSON or do not fit the schema.</exception>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, ProtocolJsonContext.Default.Activity);

    /// <summary>Serializes any value (protocol type or not) with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Deserializes any type with <see cref="Options"/>.</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    /// <summary>Deserializes any type with <see cref="Options"/>.</summary>
    public static T? Deserialize<T>(JsonElement element) => element.Deserialize(TypeInfo<T>());

    internal static JsonElement SerializeToElement(object? value, Type type) =>
        JsonSerializer.SerializeToElement(value, Options.GetTypeInfo(type));

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(ProtocolJsonContext.Default.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ProtocolJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
