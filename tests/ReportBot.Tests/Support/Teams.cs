using System.Text.Json;
using ReportBot.Protocol.Schema;

namespace ReportBot.Tests.Support;

/// <summary>Activities shaped as Microsoft Teams sends them through the Bot Connector, for a team channel or a personal chat.</summary>
internal sealed class Teams(string serviceUrl)
{
    public const string BotId = "28:b7c1d2e3-f4a5-4b6c-8d7e-9f0a1b2c3d4e";
    public const string BotName = "报告问答";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    private readonly string channel = $"19:{Guid.NewGuid():N}@thread.tacv2";
    private int next;

    /// <summary>A channel message mentioning the bot: <c>&lt;at&gt;报告问答&lt;/at&gt; text</c>, with the mention entity and Teams' HTML copy.</summary>
    public Activity ChannelMessage(string text)
    {
        var id = NextId();
        var message = Stamp(new Activity(ActivityTypes.Message)
        {
            Id = id,
            Text = $"<at>{BotName}</at> {text}\n",
            TextFormat = "plain",
            Attachments = [new Attachment("text/html", content: $"<p><span itemtype=\"http://schema.skype.com/Mention\">{BotName}</span>&nbsp;{text}</p>")],
        }, $"{channel};messageid={id}", "channel");
        message.Entities = [new Mention(new ChannelAccount(BotId, BotName), $"<at>{BotName}</at>")];
        return message;
    }

    /// <summary>The bot added to a team (or, with <paramref name="memberIds"/>, people joining it later).</summary>
    public Activity TeamMembersAdded(params string[] memberIds) => Stamp(new Activity(ActivityTypes.ConversationUpdate)
    {
        Id = NextId(),
        MembersAdded = memberIds.Select(id => new ChannelAccount(id)).ToList(),
        ChannelData = JsonSerializer.SerializeToElement(new { eventType = "teamMemberAdded", team = new { id = channel }, tenant = new { id = TenantId } }),
    }, channel, "channel");

    public Activity Invoke(string name, object value) => Stamp(new Activity(ActivityTypes.Invoke)
    {
        Id = NextId(),
        Name = name,
        Value = JsonSerializer.SerializeToElement(value),
    }, channel, "channel");

    public Activity Reaction(string replyToId) => Stamp(new Activity(ActivityTypes.MessageReaction)
    {
        Id = NextId(),
        ReplyToId = replyToId,
        ReactionsAdded = [new MessageReaction("like")],
    }, channel, "channel");

    private Activity Stamp(Activity activity, string conversationId, string conversationType)
    {
        activity.ChannelId = Channels.Msteams;
        activity.ServiceUrl = serviceUrl;
        activity.From = new ChannelAccount("29:user-" + Guid.NewGuid().ToString("N"), "张伟", aadObjectId: Guid.NewGuid().ToString());
        activity.Recipient = new ChannelAccount(BotId, BotName);
        activity.Conversation = new ConversationAccount(isGroup: true, conversationType: conversationType, id: conversationId) { TenantId = TenantId };
        activity.Locale = "zh-CN";
        activity.Timestamp = DateTimeOffset.UtcNow;
        return activity;
    }

    private string NextId() => (1741064767891 + Interlocked.Increment(ref next)).ToString();
}
