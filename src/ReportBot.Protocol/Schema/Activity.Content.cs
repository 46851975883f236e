using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>Message content.</summary>
public partial class Activity
{
    public string? Text { get; set; }

    /// <summary>See <see cref="TextFormatTypes"/>; absent means markdown on most channels.</summary>
    public string? TextFormat { get; set; }

    /// <summary>SSML for speech channels.</summary>
    public string? Speak { get; set; }

    /// <summary>Shown in notifications when the message has no text.</summary>
    public string? Summary { get; set; }

    /// <summary>See <see cref="InputHints"/>.</summary>
    public string? InputHint { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    /// <summary>See <see cref="AttachmentLayoutTypes"/>.</summary>
    public string? AttachmentLayout { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Entity>? Entities { get; set; }

    /// <summary>"low", "normal" or "high".</summary>
    public string? Importance { get; set; }

    public DateTimeOffset? Expiration { get; set; }

    public IList<string>? ListenFor { get; set; }

    public IList<TextHighlight>? TextHighlights { get; set; }

    public SemanticAction? SemanticAction { get; set; }

    /// <summary>
    /// Raw JSON payload: card submit data, postBack values, event and invoke values. Inbound it is a
    /// <see cref="System.Text.Json.JsonElement"/>; outbound any JSON-serializable object.
    /// </summary>
    [JsonConverter(typeof(RawJsonConverter))]
    public object? Value { get; set; }
}
