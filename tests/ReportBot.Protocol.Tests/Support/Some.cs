using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>Makers of plausible inbound activities (Emulator-like addressing unless told otherwise).</summary>
internal static class Some
{
    public const string UserId = "user-1";
    public const string BotId = "bot-1";

    public static Activity Message(string text = "hello", string? serviceUrl = "http://127.0.0.1:9/", string conversationId = "conv-1|livechat") =>
        Activity(ActivityTypes.Message, serviceUrl, conversationId, text);

    public static Activity Activity(string type, string? serviceUrl = "http://127.0.0.1:9/", string conversationId = "conv-1|livechat", string? text = null) => new(type)
    {
        Id = $"act-{Guid.NewGuid():N}",
        Text = text,
        ChannelId = Channels.Emulator,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount(UserId, "User", RoleTypes.User),
        Recipient = new ChannelAccount(BotId, "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(id: conversationId),
        Locale = "zh-CN",
        Timestamp = new DateTimeOffset(2025, 3, 4, 5, 6, 7, TimeSpan.Zero),
    };

    /// <summary>A conversationUpdate adding the bot and the user, as the Emulator sends on start.</summary>
    public static Activity ConversationStart(string? serviceUrl = "http://127.0.0.1:9/")
    {
        var activity = Activity(ActivityTypes.ConversationUpdate, serviceUrl);
        activity.MembersAdded = [new ChannelAccount(BotId, "Bot"), new ChannelAccount(UserId, "User")];
        return activity;
    }
}
