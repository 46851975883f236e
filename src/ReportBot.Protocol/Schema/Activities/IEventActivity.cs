namespace ReportBot.Protocol.Schema;

/// <summary>A named, asynchronous notification with a value.</summary>
public interface IEventActivity : IActivity
{
    string? Name { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
