namespace ReportBot.Protocol.Schema;

/// <summary>A named, synchronous request; the bot answers in the HTTP response (an invoke response).</summary>
public interface IInvokeActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
