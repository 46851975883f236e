using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>Running turns, for HTTP and for other transports with their own reply sink.</summary>
public partial class CloudAdapter
{
    /// <summary>
    /// Runs one turn for an activity that reached the bot some other way — a self-hosted Direct Line endpoint, a
    /// test — and hands each reply to <paramref name="sendReply"/> instead of the Connector. No authentication is
    /// done: the transport has authenticated its client. Replies are addressed as usual (from/recipient swapped,
    /// conversation, replyToId …) and delivered one at a time; a throwing <paramref name="sendReply"/> is logged and
    /// counted like a failed Connector call, and the turn goes on. Bot exceptions go to
    /// <see cref="BotAdapter.OnTurnError"/>.
    /// </summary>
    /// <param name="activity">The inbound activity; needs a type (and a conversation for replies to make sense).</param>
    /// <param name="bot">The bot.</param>
    /// <param name="sendReply">Receives each outbound activity; returns the id it gave it.</param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    /// <returns>
    /// The invoke response for invoke activities (501 when the bot set none), 200 with an
    /// <see cref="ExpectedReplies"/> body when the activity asked for expectReplies (then nothing reaches
    /// <paramref name="sendReply"/>), otherwise null.
    /// </returns>
    public virtual Task<InvokeResponse?> ProcessActivityAsync(Activity activity, IBot bot, Func<Activity, CancellationToken, Task<ResourceResponse>> sendReply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(sendReply);
        ArgumentException.ThrowIfNullOrWhiteSpace(activity.Type, nameof(activity));
        return RunTurnAsync(activity, bot, identity: null, audience: null, sendReply, cancellationToken);
    }

    private async Task<InvokeResponse?> RunTurnAsync(Activity activity, IBot bot, ClaimsIdentity? identity, string? audience, Func<Activity, CancellationToken, Task<ResourceResponse>> sendReply, CancellationToken cancellationToken)
    {
        var context = new TurnContext(this, activity);
        if (identity is not null)
        {
            context.TurnState[BotIdentityKey] = identity;
        }

        if (audience is not null)
        {
            context.TurnState[OAuthScopeKey] = audience;
        }

        context.TurnState[ReplySinkKey] = sendReply;
        await RunPipelineAsync(context, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);

        if (Is(activity.DeliveryMode, DeliveryModes.ExpectReplies))
        {
            return new InvokeResponse(StatusCodes.Status200OK, new ExpectedReplies(context.BufferedReplyActivities));
        }

        if (Is(activity.Type, ActivityTypes.Invoke))
        {
            return context.TurnState.Get<Activity>(InvokeResponseKey)?.Value as InvokeResponse
                ?? new InvokeResponse(StatusCodes.Status501NotImplemented);
        }

        return null;
    }
}
