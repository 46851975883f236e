namespace ReportBot.Protocol.Builder;

/// <summary>Continues the middleware pipeline.</summary>
public delegate Task NextDelegate(CancellationToken cancellationToken);

/// <summary>Runs around every turn of an adapter (typing indicators, transcripts, …).</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default);
}
