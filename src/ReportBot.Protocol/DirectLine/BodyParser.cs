using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Parses request bodies that must be one JSON object: an activity with a type, or TokenParameters.</summary>
internal static class BodyParser
{
    private const int MaxTypeLength = 64;

    /// <summary>The activity, or null with the reason it is not one.</summary>
    public static Activity? Activity(byte[] body, out string? problem)
    {
        var activity = Parse(body, ProtocolJson.Context.Activity, required: true, out problem);
        if (activity is not null && string.IsNullOrWhiteSpace(activity.Type))
        {
            problem = "The activity has no type.";
            return null;
        }

        if (activity?.Type?.Length > MaxTypeLength)
        {
            problem = $"The activity type is longer than {MaxTypeLength} characters.";
            return null;
        }

        return activity;
    }

    /// <summary>TokenParameters; an empty body is none at all (null without a problem).</summary>
    public static TokenParameters? Parameters(byte[] body, out string? problem) =>
        Parse(body, DirectLineJson.Default.TokenParameters, required: false, out problem);

    private static T? Parse<T>(byte[] body, JsonTypeInfo<T> typeInfo, bool required, out string? problem)
        where T : class
    {
        problem = null;
        if (body.Length == 0 || body.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            problem = required ? "The request body is empty; it must be a JSON object." : null;
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(body);
            var probe = reader;
            if (!probe.Read() || probe.TokenType != JsonTokenType.StartObject)
            {
                problem = "The request body must be a JSON object.";
                return null;
            }

            var value = JsonSerializer.Deserialize(ref reader, typeInfo);
            if (reader.Read())
            {
                problem = "The request body has content after the JSON object.";
                return null;
            }

            return value;
        }
        catch (JsonException exception)
        {
            problem = $"The request body is not valid JSON for this route: {exception.Message}";
            return null;
        }
    }
}
