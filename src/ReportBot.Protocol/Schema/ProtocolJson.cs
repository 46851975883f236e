using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace ReportBot.Protocol.Schema;

/// <summary>
/// The protocol's JSON settings and shortcuts. <see cref="Context"/> is the source-generated metadata;
/// <see cref="Options"/> resolves protocol types from it and anything else (an app's card model, an anonymous
/// object in <see cref="Activity.Value"/>) by reflection, with the same rules. Both write non-ASCII text such as
/// Chinese as is (only HTML-sensitive and control characters are escaped), unlike
/// <see cref="ProtocolJsonContext.Default"/>, which escapes it as \uXXXX and so doubles the size of Chinese replies.
/// </summary>
public static class ProtocolJson
{
    /// <summary>Source-generated metadata with the protocol's settings and a CJK-friendly encoder.</summary>
    public static ProtocolJsonContext Context { get; } = CreateContext();

    /// <summary>Read-only options: camelCase, nulls omitted, case-insensitive reads, ISO-8601 timestamps.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(Context);

    public static string Serialize(Activity activity) =>
        JsonSerializer.Serialize(activity, Context.Activity);

    public static byte[] SerializeToUtf8Bytes(Activity activity) =>
        JsonSerializer.SerializeToUtf8Bytes(activity, Context.Activity);

    /// <exception cref="JsonException">The text is not JSON or does not fit the schema.</exception>
    public static Activity? DeserializeActivity(string json) =>
        JsonSerializer.Deserialize(json, Context.Activity);

    /// <exception cref="JsonException">The bytes are not JSON or do not fit the schema.</exception>
    public static Activity? DeserializeActivity(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize(utf8Json, Context.Activity);

    /// <summary>Serializes any value (protocol type or not) with <see cref="Options"/>.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>());

    /// <summary>Serializes any value (protocol type or not) with <see cref="Options"/>.</summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, TypeInfo<T>());

    /// <summary>Deserializes any type with <see cref="Options"/>.</summary>
    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize(json, TypeInfo<T>());

    /// <summary>Deserializes any type with <see cref="Options"/>.</summary>
    public static T? Deserialize<T>(JsonElement element) => element.Deserialize(TypeInfo<T>());

    internal static JsonElement SerializeToElement(object? value, Type type) =>
        JsonSerializer.SerializeToElement(value, Options.GetTypeInfo(type));

    private static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));

    private static ProtocolJsonContext CreateContext()
    {
        var options = new JsonSerializerOptions(ProtocolJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = null,
        };
        return new ProtocolJsonContext(options);
    }

    private static JsonSerializerOptions CreateOptions(ProtocolJsonContext context)
    {
        var options = new JsonSerializerOptions(context.Options)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(context, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }
}
