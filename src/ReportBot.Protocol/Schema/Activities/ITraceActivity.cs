namespace ReportBot.Protocol.Schema;

/// <summary>Debug information for the Emulator's inspector; dropped on every other channel.</summary>
public interface ITraceActivity : IActivity
{
    string? Name { get; set; }

    string? Label { get; set; }

    string? ValueType { get; set; }

    object? Value { get; set; }

    ConversationReference? RelatesTo { get; set; }
}
