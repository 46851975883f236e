using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>
/// The context of one turn. Outbound activities get the inbound conversation reference applied (from/recipient
/// swapped, conversation, channel, service URL, replyToId, locale when unset). With <c>deliveryMode:
/// "expectReplies"</c> they are buffered in <see cref="BufferedReplyActivities"/> instead of sent.
/// </summary>
public class TurnContext : ITurnContext
{
    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = new();

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    /// <summary>Replies held back for an expectReplies response (invoke responses excluded).</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default) =>
        SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : new ResourceResponse();
    }

    public async Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var reference = Activity.GetConversationReference();
        var outgoing = new Activity[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i] as Activity
                ?? throw new ArgumentException($"Activities must be instances of {typeof(Activity).FullName}.", nameof(activities));
            outgoing[i] = activity.ApplyConversationReference(reference);
        }

        ResourceResponse[] responses;
        if (string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            responses = new ResourceResponse[outgoing.Length];
            for (var i = 0; i < outgoing.Length; i++)
            {
                if (IsType(outgoing[i], ActivityTypes.InvokeResponse))
                {
                    TurnState[BotAdapter.InvokeResponseKey] = outgoing[i];
                }
                else
                {
                    BufferedReplyActivities.Add(outgoing[i]);
                }

                responses[i] = new ResourceResponse();
            }
        }
        else
        {
            responses = await Adapter.SendActivitiesAsync(this, outgoing, cancellationToken).ConfigureAwait(false);
        }

        if (outgoing.Any(a => !IsType(a, ActivityTypes.Trace)))
        {
            Responded = true;
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = activity as Activity
            ?? throw new ArgumentException($"Activities must be instances of {typeof(Activity).FullName}.", nameof(activity));
        return Adapter.UpdateActivityAsync(this, outgoing.ApplyConversationReference(Activity.GetConversationReference()), cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    private static bool IsType(Activity activity, string type) =>
        string.Equals(activity.Type, type, StringComparison.OrdinalIgnoreCase);
}
