namespace ReportBot.Protocol.Schema;

/// <summary>Factory methods shaped after the SDK's <c>Activity.CreateXxxActivity()</c> and <c>CreateReply</c>.</summary>
public partial class Activity
{
    /// <summary>A message with empty attachment and entity lists, ready to fill.</summary>
    public static IMessageActivity CreateMessageActivity() =>
        new Activity(ActivityTypes.Message) { Attachments = [], Entities = [] };

    public static IConversationUpdateActivity CreateConversationUpdateActivity() =>
        new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [], MembersRemoved = [] };

    public static ITypingActivity CreateTypingActivity() => new Activity(ActivityTypes.Typing);

    public static IEndOfConversationActivity CreateEndOfConversationActivity() => new Activity(ActivityTypes.EndOfConversation);

    public static IEventActivity CreateEventActivity() => new Activity(ActivityTypes.Event);

    public static IInvokeActivity CreateInvokeActivity() => new Activity(ActivityTypes.Invoke);

    public static IInstallationUpdateActivity CreateInstallationUpdateActivity() => new Activity(ActivityTypes.InstallationUpdate);

    public static ITraceActivity CreateTraceActivity(string name, string? valueType = null, object? value = null, string? label = null) =>
        new Activity(ActivityTypes.Trace) { Name = name, Label = label, ValueType = valueType ?? value?.GetType().Name, Value = value };

    /// <summary>
    /// A message answering this activity: from/recipient swapped (id and name only), same conversation, channel and
    /// service URL, <c>replyToId</c> = this id (except conversationUpdate on Direct Line / Web Chat), locale kept.
    /// </summary>
    public Activity CreateReply(string? text = null, string? locale = null) => new(ActivityTypes.Message)
    {
        From = Recipient is null ? null : new ChannelAccount(Recipient.Id, Recipient.Name),
        Recipient = From is null ? null : new ChannelAccount(From.Id, From.Name),
        ReplyToId = RepliesThreadOnThisActivity() ? Id : null,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount(Conversation.IsGroup, id: Conversation.Id, name: Conversation.Name),
        Text = text ?? string.Empty,
        Locale = locale ?? Locale,
        Attachments = [],
        Entities = [],
    };

    /// <summary>A trace activity answering this one (only the Emulator shows traces).</summary>
    public ITraceActivity CreateTrace(string name, object? value = null, string? valueType = null, string? label = null)
    {
        var reply = CreateReply();
        reply.Type = ActivityTypes.Trace;
        reply.Text = null;
        reply.Attachments = null;
        reply.Entities = null;
        reply.Name = name;
        reply.Label = label;
        reply.ValueType = valueType ?? value?.GetType().Name;
        reply.Value = value;
        return reply;
    }

    /// <summary>False for conversationUpdate on "directline"/"webchat", where the SDK leaves replyToId empty.</summary>
    private bool RepliesThreadOnThisActivity() =>
        !string.Equals(Type, ActivityTypes.ConversationUpdate, StringComparison.OrdinalIgnoreCase)
        || (!string.Equals(ChannelId, Channels.Directline, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(ChannelId, Channels.Webchat, StringComparison.OrdinalIgnoreCase));
}
