namespace ReportBot.Protocol.Schema;

/// <summary>Members used by conversation updates, reactions, events, invokes, traces and end-of-conversation.</summary>
public partial class Activity
{
    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public IList<MessageReaction>? ReactionsAdded { get; set; }

    public IList<MessageReaction>? ReactionsRemoved { get; set; }

    public string? TopicName { get; set; }

    public bool? HistoryDisclosed { get; set; }

    /// <summary>installationUpdate: see <see cref="InstallationUpdateActionTypes"/>.</summary>
    public string? Action { get; set; }

    /// <summary>Event, invoke and trace name, e.g. "adaptiveCard/action".</summary>
    public string? Name { get; set; }

    /// <summary>Trace label.</summary>
    public string? Label { get; set; }

    /// <summary>Trace value type.</summary>
    public string? ValueType { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    /// <summary>endOfConversation code, e.g. "completedSuccessfully".</summary>
    public string? Code { get; set; }
}
