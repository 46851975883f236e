namespace ReportBot.Protocol.Schema;

/// <summary>A reaction on a message ("like", "heart", …).</summary>
public class MessageReaction
{
    public MessageReaction()
    {
    }

    public MessageReaction(string? type) => Type = type;

    public string? Type { get; set; }
}
