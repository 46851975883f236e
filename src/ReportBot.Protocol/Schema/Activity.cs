using System.Text.Json;
using System.Text.Json.Serialization;
using ReportBot.Protocol.Schema.Json;

namespace ReportBot.Protocol.Schema;

/// <summary>
/// The unit of the Bot Framework protocol. Shaped after <c>Microsoft.Bot.Schema.Activity</c>; serialized with
/// <see cref="ProtocolJson"/> (camelCase, nulls omitted, unknown members kept in <see cref="Properties"/>).
/// This file holds addressing; the others hold content, events and helpers.
/// </summary>
public partial class Activity : IMessageActivity, IConversationUpdateActivity, IMessageReactionActivity, IEventActivity,
    IInvokeActivity, IEndOfConversationActivity, ITypingActivity, IInstallationUpdateActivity, ITraceActivity
{
    public Activity()
    {
    }

    public Activity(string? type) => Type = type;

    /// <summary>See <see cref="ActivityTypes"/>; compare ordinal-ignore-case.</summary>
    [JsonPropertyOrder(-2)]
    public string? Type { get; set; }

    /// <summary>Set by the channel; never set on outbound activities (the channel answers with one).</summary>
    [JsonPropertyOrder(-1)]
    public string? Id { get; set; }

    /// <summary>UTC time the channel received the activity.</summary>
    public DateTimeOffset? Timestamp { get; set; }

    /// <summary>The client's clock, with its offset.</summary>
    public DateTimeOffset? LocalTimestamp { get; set; }

    /// <summary>IANA time zone of the client, e.g. "Asia/Shanghai".</summary>
    public string? LocalTimezone { get; set; }

    /// <summary>Where replies go (Connector base URL; may carry a path).</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>See <see cref="Channels"/>.</summary>
    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    /// <summary>Inbound: the bot.</summary>
    public ChannelAccount? Recipient { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Set by the adapter from the authenticated caller; a value on the wire is discarded.</summary>
    public string? CallerId { get; set; }

    /// <summary>BCP-47 locale, e.g. "zh-CN".</summary>
    public string? Locale { get; set; }

    /// <summary>See <see cref="DeliveryModes"/>.</summary>
    public string? DeliveryMode { get; set; }

    /// <summary>Channel-specific raw JSON (Teams: tenant, team, channel, notification, feedbackLoop …).</summary>
    [JsonConverter(typeof(RawJsonConverter))]
    public object? ChannelData { get; set; }

    /// <summary>Members the schema does not name; kept so they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
