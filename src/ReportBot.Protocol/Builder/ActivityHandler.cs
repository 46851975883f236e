using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>
/// A bot that dispatches on the activity type (ordinal-ignore-case) to <c>OnXxxAsync</c> hooks, all virtual and
/// doing nothing by default; override only what you use. Shaped after the SDK's <c>ActivityHandler</c>.
/// </summary>
public class ActivityHandler : IBot
{
    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var type = turnContext.Activity?.Type;
        if (string.IsNullOrEmpty(type))
        {
            throw new ArgumentException("The turn context must have an activity with a type.", nameof(turnContext));
        }

        return type switch
        {
            _ when Is(type, ActivityTypes.Message) => OnMessageActivityAsync(As<IMessageActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.ConversationUpdate) => OnConversationUpdateActivityAsync(As<IConversationUpdateActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.MessageReaction) => OnMessageReactionActivityAsync(As<IMessageReactionActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.Event) => OnEventActivityAsync(As<IEventActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.Invoke) => InvokeAsync(turnContext, cancellationToken),
            _ when Is(type, ActivityTypes.EndOfConversation) => OnEndOfConversationActivityAsync(As<IEndOfConversationActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.Typing) => OnTypingActivityAsync(As<ITypingActivity>(turnContext), cancellationToken),
            _ when Is(type, ActivityTypes.InstallationUpdate) => OnInstallationUpdateActivityAsync(As<IInstallationUpdateActivity>(turnContext), cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Calls <see cref="OnMembersAddedAsync"/> / <see cref="OnMembersRemovedAsync"/> with the members other than the
    /// bot (id ≠ recipient id), when there are any. Unlike the SDK, which passes every member once any of them is
    /// not the bot, the bot itself is filtered out here.
    /// </summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        var added = OthersThanBot(turnContext.Activity.MembersAdded, botId);
        if (added.Count > 0)
        {
            await OnMembersAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        var removed = OthersThanBot(turnContext.Activity.MembersRemoved, botId);
        if (removed.Count > 0)
        {
            await OnMembersRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Members other than the bot joined: greet them here.</summary>
    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.ReactionsAdded is { } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken).ConfigureAwait(false);
        }

        if (turnContext.Activity.ReactionsRemoved is { } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reactions on an earlier bot message (Teams puts its id in <c>replyToId</c>).</summary>
    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        OnEventAsync(turnContext, cancellationToken);

    protected virtual Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Answers an invoke; the result becomes the HTTP response. Unhandled invokes get 501, as in the SDK.</summary>
    protected virtual Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse(501));

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext<ITypingActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var action = turnContext.Activity.Action;
        if (Is(action, InstallationUpdateActionTypes.Add) || Is(action, InstallationUpdateActionTypes.AddUpgrade))
        {
            return OnInstallationUpdateAddAsync(turnContext, cancellationToken);
        }

        if (Is(action, InstallationUpdateActionTypes.Remove) || Is(action, InstallationUpdateActionTypes.RemoveUpgrade))
        {
            return OnInstallationUpdateRemoveAsync(turnContext, cancellationToken);
        }

        return Task.CompletedTask;
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>Any other type (messageUpdate, command, ping …).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>A 200 invoke response with an optional JSON body.</summary>
    protected static InvokeResponse CreateInvokeResponse(object? body = null) => new(200, body);

    private async Task InvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(As<IInvokeActivity>(turnContext), cancellationToken).ConfigureAwait(false);

        // The bot may already have sent its own invokeResponse activity; never send a second one.
        if (response is not null && !turnContext.TurnState.ContainsKey(BotAdapter.InvokeResponseKey))
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.InvokeResponse) { Value = response }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static List<ChannelAccount> OthersThanBot(IList<ChannelAccount>? members, string? botId) =>
        members?.Where(m => !string.Equals(m.Id, botId, StringComparison.Ordinal)).ToList() ?? [];

    private static ITurnContext<T> As<T>(ITurnContext turnContext)
        where T : IActivity => turnContext as ITurnContext<T> ?? new DelegatingTurnContext<T>(turnContext);

    private static bool Is(string? value, string expected) =>
        string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
