namespace ReportBot.Protocol.Schema;

/// <summary>The conversation has ended (optionally with a code and text).</summary>
public interface IEndOfConversationActivity : IActivity
{
    string? Code { get; set; }

    string? Text { get; set; }
}
