namespace ReportBot.Protocol.Builder;

/// <summary>A bot: handles one turn (one inbound activity) at a time. Usually derived from <see cref="ActivityHandler"/>.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
