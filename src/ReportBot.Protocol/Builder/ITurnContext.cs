using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>One turn: the inbound activity, per-turn state, and the way to reply.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>Per-turn services and values (identity, invoke response, …).</summary>
    TurnContextStateCollection TurnState { get; }

    Activity Activity { get; }

    /// <summary>True once a non-trace activity has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends a text message (markdown by default on most channels).</summary>
    Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string? inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    /// <summary>Sends one activity, addressed from the inbound one (from/recipient swapped, replyToId …).</summary>
    Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Sends activities in order, each awaited before the next.</summary>
    Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default);

    /// <summary>Replaces an earlier activity; the default adapters do not support it.</summary>
    Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an earlier activity; the default adapters do not support it.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);
}
