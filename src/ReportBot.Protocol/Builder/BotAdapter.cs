using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>
/// Connects a bot to a channel: runs turns through the middleware and the bot, and sends replies.
/// Error policy lives in one place: <see cref="OnTurnError"/>.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>TurnState key of the authenticated <see cref="System.Security.Claims.ClaimsIdentity"/>.</summary>
    public const string BotIdentityKey = "BotIdentity";

    /// <summary>TurnState key of the audience (scope) of outbound tokens for this turn.</summary>
    public const string OAuthScopeKey = "Microsoft.Bot.Builder.BotAdapter.OAuthScope";

    /// <summary>TurnState key of the "invokeResponse" activity whose value is the <see cref="InvokeResponse"/>.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    /// <summary>
    /// Called with any exception the middleware or bot throws. When null the exception propagates to the caller.
    /// </summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    protected MiddlewareSet MiddlewareSet { get; } = new();

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    /// <summary>Delivers outbound activities, in order.</summary>
    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public virtual Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This adapter cannot update activities.");

    public virtual Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This adapter cannot delete activities.");

    /// <summary>Runs <paramref name="callback"/> in a turn for an earlier conversation (proactive messaging).</summary>
    public virtual Task ContinueConversationAsync(string? botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        throw new NotSupportedException("This adapter cannot continue conversations.");

    /// <summary>
    /// Runs the middleware and then <paramref name="callback"/> inside one try/catch that hands any exception to
    /// <see cref="OnTurnError"/>. Cancellation of <paramref name="cancellationToken"/> is not an error and propagates.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (OnTurnError is not null && !IsCancellation(exception, cancellationToken))
        {
            await OnTurnError(turnContext, exception).ConfigureAwait(false);
        }
    }

    private static bool IsCancellation(Exception exception, CancellationToken cancellationToken) =>
        exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
