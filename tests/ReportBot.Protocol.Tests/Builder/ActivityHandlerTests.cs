using System.Text.Json;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Builder;

public sealed class ActivityHandlerTests
{
    private readonly RecordingAdapter _adapter = new();
    private readonly HookRecorder _bot = new();

    [Fact]
    public async Task A_message_reaches_OnMessageActivityAsync_and_its_reply_is_addressed_back()
    {
        var inbound = Some.Message("贸易总额？");

        await _adapter.ProcessAsync(inbound, _bot);

        Assert.Equal(["message:贸易总额？"], _bot.Calls);
        var reply = Assert.Single(_adapter.Sent);
        Assert.Equal("echo:贸易总额？", reply.Text);
        Assert.Equal(Some.BotId, reply.From!.Id);
        Assert.Equal(Some.UserId, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("zh-CN", reply.Locale);
    }

    [Fact]
    public async Task The_activity_type_is_matched_ignoring_case()
    {
        await _adapter.ProcessAsync(Some.Activity("MESSAGE", text: "x"), _bot);

        Assert.Equal(["message:x"], _bot.Calls);
    }

    [Fact]
    public async Task A_conversation_update_with_bot_and_user_greets_only_the_user()
    {
        await _adapter.ProcessAsync(Some.ConversationStart(), _bot);

        Assert.Equal(["conversationUpdate", $"membersAdded:{Some.UserId}"], _bot.Calls);
    }

    [Fact]
    public async Task A_conversation_update_that_only_adds_the_bot_calls_no_member_hook()
    {
        var activity = Some.Activity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount(Some.BotId)];

        await _adapter.ProcessAsync(activity, _bot);

        Assert.Equal(["conversationUpdate"], _bot.Calls);
    }

    [Fact]
    public async Task Members_removed_other_than_the_bot_reach_OnMembersRemovedAsync()
    {
        var activity = Some.Activity(ActivityTypes.ConversationUpdate);
        activity.MembersRemoved = [new ChannelAccount("someone"), new ChannelAccount(Some.BotId)];

        await _adapter.ProcessAsync(activity, _bot);

        Assert.Equal(["conversationUpdate", "membersRemoved:someone"], _bot.Calls);
    }

    [Fact]
    public async Task Reactions_added_and_removed_reach_their_hooks()
    {
        var activity = Some.Activity(ActivityTypes.MessageReaction);
        activity.ReactionsAdded = [new MessageReaction("like")];
        activity.ReactionsRemoved = [new MessageReaction("heart")];

        await _adapter.ProcessAsync(activity, _bot);

        Assert.Equal(["reactionsAdded:like", "reactionsRemoved:heart"], _bot.Calls);
    }

    [Theory]
    [InlineData(ActivityTypes.Event, "event")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData("ping", "unrecognized:ping")]
    [InlineData(ActivityTypes.MessageUpdate, "unrecognized:messageUpdate")]
    public async Task Each_type_reaches_its_hook(string type, string expectedCall)
    {
        await _adapter.ProcessAsync(Some.Activity(type), _bot);

        Assert.Equal([expectedCall], _bot.Calls);
        Assert.Empty(_adapter.Sent);
    }

    [Theory]
    [InlineData("add", "installationAdd")]
    [InlineData("add-upgrade", "installationAdd")]
    [InlineData("remove", "installationRemove")]
    [InlineData("remove-upgrade", "installationRemove")]
    public async Task An_installation_update_is_dispatched_on_its_action(string action, string expectedCall)
    {
        var activity = Some.Activity(ActivityTypes.InstallationUpdate);
        activity.Action = action;

        await _adapter.ProcessAsync(activity, _bot);

        Assert.Equal([expectedCall], _bot.Calls);
    }

    [Fact]
    public async Task An_unhandled_invoke_yields_a_501_invoke_response_and_sends_nothing()
    {
        var context = await _adapter.ProcessAsync(Some.Activity(ActivityTypes.Invoke), new ActivityHandler());

        var invokeResponse = context.TurnState.Get<Activity>(BotAdapter.InvokeResponseKey);
        Assert.Equal(501, Assert.IsType<InvokeResponse>(invokeResponse!.Value).Status);
        Assert.Empty(_adapter.Sent);
    }

    [Fact]
    public async Task A_handled_invoke_stores_the_bots_invoke_response()
    {
        var context = await _adapter.ProcessAsync(Some.Activity(ActivityTypes.Invoke), new FeedbackBot());

        var response = Assert.IsType<InvokeResponse>(context.TurnState.Get<Activity>(BotAdapter.InvokeResponseKey)!.Value);
        Assert.Equal(200, response.Status);
        Assert.Equal("{}", JsonSerializer.Serialize(response.Body, ProtocolJson.Options));
    }

    [Fact]
    public async Task A_turn_without_an_activity_type_is_an_argument_error()
    {
        var turn = new TurnContext(_adapter, new Activity());

        await Assert.ThrowsAsync<ArgumentException>(() => new ActivityHandler().OnTurnAsync(turn));
    }

    private sealed class FeedbackBot : ActivityHandler
    {
        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
            Task.FromResult(CreateInvokeResponse(new Dictionary<string, object>()));
    }

    /// <summary>Records each hook call as "hook:detail".</summary>
    private sealed class HookRecorder : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            Calls.Add($"message:{turnContext.Activity.Text}");
            return turnContext.SendActivityAsync(MessageFactory.Text($"echo:{turnContext.Activity.Text}"), cancellationToken);
        }

        protected override Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
        {
            Calls.Add("conversationUpdate");
            return base.OnConversationUpdateActivityAsync(turnContext, cancellationToken);
        }

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
            Record("membersAdded:" + string.Join(",", membersAdded.Select(m => m.Id)));

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
            Record("membersRemoved:" + string.Join(",", membersRemoved.Select(m => m.Id)));

        protected override Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) =>
            Record("reactionsAdded:" + string.Join(",", messageReactions.Select(r => r.Type)));

        protected override Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) =>
            Record("reactionsRemoved:" + string.Join(",", messageReactions.Select(r => r.Type)));

        protected override Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) => Record("event");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
            Record("endOfConversation");

        protected override Task OnTypingActivityAsync(ITurnContext<ITypingActivity> turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
            Record("installationAdd");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
            Record("installationRemove");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            Record("unrecognized:" + turnContext.Activity.Type);

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
