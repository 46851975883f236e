using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Builder;

public sealed class TurnContextTests
{
    private readonly RecordingAdapter _adapter = new();

    [Fact]
    public async Task Expect_replies_buffers_every_reply_and_sends_nothing()
    {
        var inbound = Some.Message();
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;
        var turn = new TurnContext(_adapter, inbound);

        await turn.SendActivityAsync(new Activity(ActivityTypes.Typing));
        await turn.SendActivityAsync("答案");
        await turn.SendActivityAsync(new Activity(ActivityTypes.Trace) { Name = "debug" });

        Assert.Empty(_adapter.Sent);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message, ActivityTypes.Trace], turn.BufferedReplyActivities.Select(a => a.Type));
        Assert.All(turn.BufferedReplyActivities, a => Assert.Equal(inbound.Id, a.ReplyToId));
        Assert.True(turn.Responded);
    }

    [Fact]
    public async Task Sending_only_a_trace_does_not_count_as_responding()
    {
        var turn = new TurnContext(_adapter, Some.Message());

        await turn.SendActivityAsync(new Activity(ActivityTypes.Trace));

        Assert.False(turn.Responded);
    }

    [Fact]
    public async Task A_text_reply_carries_speak_and_the_accepting_input_hint()
    {
        var turn = new TurnContext(_adapter, Some.Message());

        await turn.SendActivityAsync("答案", "<speak>答案</speak>");

        var reply = Assert.Single(_adapter.Sent);
        Assert.Equal("<speak>答案</speak>", reply.Speak);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Fact]
    public async Task Replies_to_a_direct_line_conversation_update_have_no_reply_to_id()
    {
        var inbound = Some.ConversationStart();
        inbound.ChannelId = Channels.Directline;
        var turn = new TurnContext(_adapter, inbound);

        await turn.SendActivityAsync("欢迎");

        Assert.Null(Assert.Single(_adapter.Sent).ReplyToId);
    }

    [Fact]
    public async Task A_locale_the_bot_chose_is_kept()
    {
        var turn = new TurnContext(_adapter, Some.Message());
        var reply = MessageFactory.Text("answer");
        reply.Locale = "en-US";

        await turn.SendActivityAsync(reply);

        Assert.Equal("en-US", Assert.Single(_adapter.Sent).Locale);
    }

    [Fact]
    public async Task Middleware_runs_around_the_bot_in_order()
    {
        var order = new List<string>();
        _adapter.Use(new Step("a", order)).Use(new Step("b", order));

        await _adapter.ProcessAsync(Some.Message(), new DelegateBot((_, _) =>
        {
            order.Add("bot");
            return Task.CompletedTask;
        }));

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], order);
    }

    [Fact]
    public async Task A_bot_exception_goes_to_OnTurnError_with_the_turn()
    {
        ITurnContext? seenTurn = null;
        Exception? seen = null;
        _adapter.OnTurnError = (turn, exception) =>
        {
            (seenTurn, seen) = (turn, exception);
            return Task.CompletedTask;
        };
        var inbound = Some.Message();

        await _adapter.ProcessAsync(inbound, new DelegateBot((_, _) => throw new InvalidOperationException("boom")));

        Assert.Equal("boom", seen!.Message);
        Assert.Same(inbound, seenTurn!.Activity);
    }

    [Fact]
    public async Task Without_OnTurnError_a_bot_exception_propagates()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _adapter.ProcessAsync(Some.Message(), new DelegateBot((_, _) => throw new InvalidOperationException("boom"))));
    }

    private sealed class Step(string name, List<string> order) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            order.Add(name + ">");
            await next(cancellationToken);
            order.Add("<" + name);
        }
    }
}
