using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Runs the bot in-process for a conversation, one turn at a time: the conversationUpdate that greets a new user, and
/// each posted activity. Inbound activities are addressed as channel "directline"; every reply is queued on the
/// conversation as coming from the bot. Turns are not cancelled when the client goes away, only at shutdown.
/// </summary>
internal sealed class DirectLineTurns(
    CloudAdapter adapter,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineTurns> logger)
{
    /// <summary>Not a real endpoint: replies never leave the process, and this makes sure of it.</summary>
    public const string ServiceUrl = "https://directline.invalid/";

    private readonly DirectLineOptions _options = options.Value;

    /// <summary>Sends the bot <c>conversationUpdate</c> with membersAdded = [the user]; it is not stored.</summary>
    public Task<TurnOutcome> StartAsync(DirectLineConversation conversation, IBot bot, string? locale)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = DirectLineIds.ActivityId(conversation.Id, 0),
            From = conversation.User.ToAccount(),
            Recipient = BotAccount(),
            MembersAdded = [conversation.User.ToAccount()],
            Locale = locale,
        };
        Address(update, conversation);
        DirectLineLog.ConversationStarted(logger, conversation.Id);
        return RunAsync(conversation, update, bot);
    }

    /// <summary>
    /// Stores the user's activity (the echo Web Chat waits for), then runs its turn: the activity is kept whatever
    /// the turn does. Returns its id and how the turn ended.
    /// </summary>
    public async Task<(string Id, TurnOutcome Outcome)> PostAsync(DirectLineConversation conversation, Activity activity, ConversationUser user, IBot bot)
    {
        var from = activity.From;
        activity.From = user.ToAccount();
        activity.From.Name ??= Truncate(from?.Name);
        activity.Recipient = BotAccount();
        activity.CallerId = null;
        if (string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase))
        {
            activity.DeliveryMode = null;
        }

        Address(activity, conversation);
        var id = conversation.Append(activity);
        DirectLineLog.ActivityReceived(logger, id, activity.Type);
        return (id, await RunAsync(conversation, activity, bot).ConfigureAwait(false));
    }

    private async Task<TurnOutcome> RunAsync(DirectLineConversation conversation, Activity activity, IBot bot)
    {
        var stopping = lifetime.ApplicationStopping;
        try
        {
            await conversation.TurnLock.WaitAsync(stopping).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return TurnOutcome.ShuttingDown;
        }

        try
        {
            await adapter.ProcessActivityAsync(activity, bot, (reply, _) => Task.FromResult(Queue(conversation, reply)), stopping).ConfigureAwait(false);
            return TurnOutcome.Completed;
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            return TurnOutcome.ShuttingDown;
        }
        catch (Exception exception)
        {
            DirectLineLog.TurnFailed(logger, activity.Id, exception);
            return TurnOutcome.Failed;
        }
        finally
        {
            conversation.TurnLock.Release();
        }
    }

    private ResourceResponse Queue(DirectLineConversation conversation, Activity reply)
    {
        reply.From = BotAccount();
        reply.Recipient = conversation.User.ToAccount();
        Address(reply, conversation);
        return new ResourceResponse(conversation.Append(reply));
    }

    private void Address(Activity activity, DirectLineConversation conversation)
    {
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.ChannelId = Channels.Directline;
        activity.ServiceUrl = ServiceUrl;
        activity.Timestamp = time.GetUtcNow();
    }

    private ChannelAccount BotAccount() => new(_options.BotId, _options.BotName, RoleTypes.Bot);

    private static string? Truncate(string? name) =>
        name is null ? null : name.Length <= ConversationUser.MaxLength ? name : name[..ConversationUser.MaxLength];
}
