using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Serialized activities and the watermark after them: an ActivitySet.</summary>
internal sealed record ActivityPage(IReadOnlyList<byte[]> Activities, long Watermark)
{
    /// <summary><c>{"activities":[…],"watermark":"N"}</c>, the activities written as stored.</summary>
    public byte[] ToActivitySetJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256 + Activities.Sum(a => a.Length + 1));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("activities");
            foreach (var activity in Activities)
            {
                writer.WriteRawValue(activity, skipInputValidation: true);
            }

            writer.WriteEndArray();
            writer.WriteString("watermark", Watermark.ToString(CultureInfo.InvariantCulture));
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
