namespace ReportBot.Protocol.Schema;

/// <summary>A message: text, attachments, suggested actions, card submit values.</summary>
public interface IMessageActivity : IActivity
{
    string? Locale { get; set; }

    string? Text { get; set; }

    string? Speak { get; set; }

    string? InputHint { get; set; }

    string? Summary { get; set; }

    string? TextFormat { get; set; }

    string? AttachmentLayout { get; set; }

    IList<Attachment>? Attachments { get; set; }

    SuggestedActions? SuggestedActions { get; set; }

    string? Importance { get; set; }

    string? DeliveryMode { get; set; }

    IList<string>? ListenFor { get; set; }

    DateTimeOffset? Expiration { get; set; }

    object? Value { get; set; }

    IList<TextHighlight>? TextHighlights { get; set; }

    SemanticAction? SemanticAction { get; set; }

    /// <summary>True when the message carries text, a summary, attachments or channel data.</summary>
    bool HasContent();

    /// <summary>The mention entities of this message.</summary>
    Mention[] GetMentions();
}
