using ReportBot.Protocol.Schema;

namespace ReportBot.Tests.Support;

/// <summary>Activities shaped as the Bot Framework Emulator sends them: channel "emulator", a "|livechat" conversation, a user and a bot.</summary>
internal sealed class Emulator(string serviceUrl, string locale = "zh-CN")
{
    public const string BotId = "bot-7f3a";
    public const string UserId = "user-2c1d";

    private int next;

    public string ConversationId { get; } = $"{Guid.NewGuid()}|livechat";

    public Activity ConversationUpdate(params string[] memberIds) => Stamp(new Activity(ActivityTypes.ConversationUpdate)
    {
        MembersAdded = memberIds.Select(id => new ChannelAccount(id, id == BotId ? "Bot" : "User")).ToList(),
    });

    public Activity Message(string? text, string? deliveryMode = null, string? locale = null) => Stamp(new Activity(ActivityTypes.Message)
    {
        Text = text,
        DeliveryMode = deliveryMode,
        Locale = locale ?? Locale,
    });

    public string Locale { get; } = locale;

    public Activity Stamp(Activity activity)
    {
        activity.Id = $"act-{Interlocked.Increment(ref next)}";
        activity.ChannelId = Channels.Emulator;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: ConversationId);
        activity.From = new ChannelAccount(UserId, "User", role: RoleTypes.User);
        activity.Recipient = new ChannelAccount(BotId, "Bot", role: RoleTypes.Bot);
        activity.Timestamp = DateTimeOffset.UtcNow;
        activity.Locale ??= Locale;
        return activity;
    }

    /// <summary>The path the bot must reply to, with the conversation id escaped as the Emulator needs.</summary>
    public string ReplyPath(Activity to) => $"/v3/conversations/{Uri.EscapeDataString(ConversationId)}/activities/{to.Id}";
}
