namespace ReportBot.Protocol.Schema;

/// <summary>
/// A mention entity: <c>{"type":"mention","mentioned":{"id","name"},"text":"&lt;at&gt;Bot&lt;/at&gt;"}</c>.
/// Teams ignores it unless <see cref="Text"/> occurs verbatim in the activity's text.
/// </summary>
public class Mention : Entity
{
    public Mention()
        : base("mention")
    {
    }

    public Mention(ChannelAccount? mentioned = null, string? text = null, string? type = "mention")
        : base(type)
    {
        Mentioned = mentioned;
        Text = text;
    }

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }
}
