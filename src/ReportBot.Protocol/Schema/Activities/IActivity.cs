using System.Text.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>The members every activity has. Typed views such as <see cref="IMessageActivity"/> add the rest.</summary>
public interface IActivity
{
    string? Type { get; set; }

    string? Id { get; set; }

    string? ServiceUrl { get; set; }

    DateTimeOffset? Timestamp { get; set; }

    DateTimeOffset? LocalTimestamp { get; set; }

    string? LocalTimezone { get; set; }

    string? ChannelId { get; set; }

    ChannelAccount? From { get; set; }

    ConversationAccount? Conversation { get; set; }

    ChannelAccount? Recipient { get; set; }

    string? ReplyToId { get; set; }

    IList<Entity>? Entities { get; set; }

    object? ChannelData { get; set; }

    string? CallerId { get; set; }

    Dictionary<string, JsonElement>? Properties { get; set; }
}
