using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>A turn context whose activity is seen through a typed view such as <see cref="IMessageActivity"/>.</summary>
public interface ITurnContext<out T> : ITurnContext
    where T : IActivity
{
    new T Activity { get; }
}
