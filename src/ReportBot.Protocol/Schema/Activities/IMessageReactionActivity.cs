namespace ReportBot.Protocol.Schema;

/// <summary>Reactions added to or removed from an earlier message (its id is in <c>replyToId</c>).</summary>
public interface IMessageReactionActivity : IActivity
{
    IList<MessageReaction>? ReactionsAdded { get; set; }

    IList<MessageReaction>? ReactionsRemoved { get; set; }
}
