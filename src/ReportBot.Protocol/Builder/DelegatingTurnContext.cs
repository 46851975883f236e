using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>Wraps a turn context to expose its activity as <typeparamref name="T"/>.</summary>
internal sealed class DelegatingTurnContext<T>(ITurnContext inner) : ITurnContext<T>
    where T : IActivity
{
    public BotAdapter Adapter => inner.Adapter;

    public TurnContextStateCollection TurnState => inner.TurnState;

    public T Activity => (T)(IActivity)inner.Activity;

    Activity ITurnContext.Activity => inner.Activity;

    public bool Responded => inner.Responded;

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        inner.SendActivityAsync(textReplyToSend, speak, inputHint, cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        inner.SendActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default) =>
        inner.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
        inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default) =>
        inner.DeleteActivityAsync(activityId, cancellationToken);
}
