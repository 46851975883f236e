using System.Buffers;
using System.Text.Json;
using ReportBot.Hosting;
using ReportBot.Protocol.Schema;

namespace ReportBot.Replies;

/// <summary>Writes JSON straight into a <see cref="JsonElement"/>: cards and entities cost a few microseconds, not a JsonObject round trip.</summary>
internal static class JsonElements
{
    private static readonly JsonWriterOptions Options = ReadableJson.WriterOptions();

    public static JsonElement Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }
        // A value parsed this way owns its (unpooled) document: nothing to dispose, nothing to clone.
        var reader = new Utf8JsonReader(buffer.WrittenSpan);
        return JsonElement.ParseValue(ref reader);
    }

    /// <summary>An entity from its JSON members (<c>type</c> and the rest), so no member is lost.</summary>
    public static Entity Entity(Action<Utf8JsonWriter> writeMembers)
    {
        var members = Write(w =>
        {
            w.WriteStartObject();
            writeMembers(w);
            w.WriteEndObject();
        });
        var entity = new Entity { Properties = [] };
        foreach (var member in members.EnumerateObject())
        {
            if (member.NameEquals("type")) entity.Type = member.Value.GetString();
            else entity.Properties[member.Name] = member.Value;
        }
        return entity;
    }
}
