using ReportBot.Protocol.Builder;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>A bot made of one lambda.</summary>
internal sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public int Turns { get; private set; }

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        Turns++;
        return onTurn(turnContext, cancellationToken);
    }

    public static DelegateBot Silent() => new((_, _) => Task.CompletedTask);

    /// <summary>Answers every message with the given replies, in order.</summary>
    public static DelegateBot Replying(params string[] replies) => new(async (turn, ct) =>
    {
        foreach (var reply in replies)
        {
            await turn.SendActivityAsync(reply, cancellationToken: ct);
        }
    });
}
