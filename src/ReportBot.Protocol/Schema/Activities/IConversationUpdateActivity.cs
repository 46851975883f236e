namespace ReportBot.Protocol.Schema;

/// <summary>Members joined or left, or the conversation was renamed.</summary>
public interface IConversationUpdateActivity : IActivity
{
    IList<ChannelAccount>? MembersAdded { get; set; }

    IList<ChannelAccount>? MembersRemoved { get; set; }

    string? TopicName { get; set; }

    bool? HistoryDisclosed { get; set; }
}
