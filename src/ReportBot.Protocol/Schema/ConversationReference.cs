namespace ReportBot.Protocol.Schema;

/// <summary>Everything needed to address a reply (or a later proactive message) to a conversation.</summary>
public class ConversationReference
{
    /// <summary>The inbound activity id; becomes the reply's <c>replyToId</c>.</summary>
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? Locale { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary>An <c>event</c> activity named "ContinueConversation" addressed from the user to the bot.</summary>
    public Activity GetContinuationActivity()
    {
        var activity = new Activity(ActivityTypes.Event) { Name = "ContinueConversation", Id = Guid.NewGuid().ToString() };
        activity.ApplyConversationReference(this, isIncoming: true);
        return activity;
    }
}
