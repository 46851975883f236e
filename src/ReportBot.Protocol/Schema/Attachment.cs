using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>A card or file carried by an activity: either <see cref="Content"/> or <see cref="ContentUrl"/>, never both.</summary>
public class Attachment
{
    public Attachment()
    {
    }

    public Attachment(string? contentType = null, string? contentUrl = null, object? content = null, string? name = null, string? thumbnailUrl = null)
    {
        ContentType = contentType;
        ContentUrl = contentUrl;
        Content = content;
        Name = name;
        ThumbnailUrl = thumbnailUrl;
    }

    /// <summary>MIME type, e.g. <see cref="ContentTypes.AdaptiveCard"/> or <c>text/html</c>.</summary>
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>
    /// The card itself as raw JSON. Inbound it is a <see cref="JsonElement"/>; outbound it may be a
    /// <see cref="System.Text.Json.Nodes.JsonNode"/>, a <see cref="JsonElement"/>, a dictionary or any object
    /// (written with <see cref="ProtocolJson.Options"/>).
    /// </summary>
    [JsonConverter(typeof(RawJsonConverter))]
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    /// <summary>Members the schema does not name; kept so they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
