namespace ReportBot.Protocol.Schema;

/// <summary>Conversation references: how replies and proactive messages get their addressing.</summary>
public partial class Activity
{
    /// <summary>
    /// The addressing of this (inbound) activity. <see cref="ConversationReference.ActivityId"/> is this id, except
    /// for conversationUpdate on "directline"/"webchat".
    /// </summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = RepliesThreadOnThisActivity() ? Id : null,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>The reference of a reply the channel accepted with id <paramref name="reply"/>.</summary>
    public ConversationReference GetReplyConversationReference(ResourceResponse reply)
    {
        var reference = GetConversationReference();
        reference.ActivityId = reply.Id;
        return reference;
    }

    /// <summary>
    /// Addresses this activity with <paramref name="reference"/>: channel, service URL and conversation are copied;
    /// outgoing (default) sets from = bot, recipient = user, replyToId = reference's activity id; incoming sets
    /// from = user, recipient = bot, id = reference's activity id. The locale is taken from the reference only when
    /// this activity has none (the SDK lets the reference win; we keep a locale the bot chose).
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;

        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            if (reference.ActivityId is not null)
            {
                Id = reference.ActivityId;
            }
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            if (reference.ActivityId is not null)
            {
                ReplyToId = reference.ActivityId;
            }
        }

        return this;
    }
}
