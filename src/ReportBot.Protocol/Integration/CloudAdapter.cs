using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// The Bot Framework adapter: HTTP in (<see cref="ProcessAsync"/>), replies out through
/// <see cref="IConnectorClient"/> (or a transport's own reply sink, see <see cref="ProcessActivityAsync"/>), and
/// one error policy (<see cref="BotAdapter.OnTurnError"/>: log, then one friendly reply). Shaped after the SDK's
/// <c>CloudAdapter</c>; derive from it to change the error policy.
/// </summary>
public partial class CloudAdapter : BotAdapter, IBotFrameworkHttpAdapter
{
    private const string ReplySinkKey = "ReportBot.Protocol.ReplySink";
    private readonly IBotFrameworkAuthentication _authentication;
    private readonly IConnectorClient _connector;
    private readonly CloudAdapterOptions _options;
    private readonly ILogger _logger;
    private long _failedDeliveries;

    public CloudAdapter(
        IBotFrameworkAuthentication authentication,
        IConnectorClient connector,
        IOptions<CloudAdapterOptions> options,
        ILogger<CloudAdapter> logger)
    {
        _authentication = authentication ?? throw new ArgumentNullException(nameof(authentication));
        _connector = connector ?? throw new ArgumentNullException(nameof(connector));
        _options = options?.Value ?? new CloudAdapterOptions();
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        OnTurnError = LogAndApologizeAsync;
    }

    /// <summary>Replies that could not be delivered since start (each is also logged).</summary>
    public long FailedDeliveryCount => Interlocked.Read(ref _failedDeliveries);

    /// <summary>The adapter's logger, for subclasses.</summary>
    protected ILogger Logger => _logger;

    /// <summary>
    /// Delivers replies one after the other. Invoke responses are kept in TurnState; traces go only to the Emulator.
    /// A reply that cannot be delivered is logged and counted, and the turn goes on (its response has no id).
    /// </summary>
    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var sink = turnContext.TurnState.Get<Func<Activity, CancellationToken, Task<ResourceResponse>>>(ReplySinkKey)
            ?? ((activity, ct) => _connector.SendActivityAsync(activity, turnContext.TurnState.Get<string>(OAuthScopeKey), ct));
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            activity.Id = null;
            responses[i] = new ResourceResponse();
            if (Is(activity.Type, ActivityTypes.InvokeResponse))
            {
                turnContext.TurnState[InvokeResponseKey] = activity;
            }
            else if (!Is(activity.Type, ActivityTypes.Trace) || Is(turnContext.Activity.ChannelId, Channels.Emulator))
            {
                responses[i] = await DeliverAsync(sink, turnContext.Activity, activity, cancellationToken).ConfigureAwait(false);
            }
        }

        return responses;
    }

    /// <summary>
    /// Proactive messaging: runs <paramref name="callback"/> in a turn addressed by <paramref name="reference"/>
    /// (store references only from authenticated activities); replies go through the connector.
    /// </summary>
    public override Task ContinueConversationAsync(string? botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(callback);
        var context = new TurnContext(this, reference.GetContinuationActivity());
        return RunPipelineAsync(context, callback, cancellationToken);
    }

    private async Task<ResourceResponse> DeliverAsync(Func<Activity, CancellationToken, Task<ResourceResponse>> sink, Activity inbound, Activity reply, CancellationToken cancellationToken)
    {
        try
        {
            return await sink(reply, cancellationToken).ConfigureAwait(false) ?? new ResourceResponse();
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Interlocked.Increment(ref _failedDeliveries);
            AdapterLog.DeliveryFailed(_logger, reply.Type, inbound.Id, exception.Message, exception);
            return new ResourceResponse();
        }
    }

    private async Task LogAndApologizeAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        AdapterLog.TurnFailed(_logger, activity.Id, activity.Type, activity.ChannelId, exception);
        if (string.IsNullOrEmpty(_options.ErrorReplyText))
        {
            return;
        }

        try
        {
            await turnContext.SendActivityAsync(_options.ErrorReplyText).ConfigureAwait(false);
        }
        catch (Exception sendException)
        {
            AdapterLog.ErrorReplyFailed(_logger, activity.Id, sendException);
        }
    }

    private static bool Is(string? value, string expected) =>
        string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
