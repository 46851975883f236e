namespace ReportBot.Protocol.Schema;

/// <summary>Someone is typing.</summary>
public interface ITypingActivity : IActivity
{
}
