using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

/// <summary>Turns run by another transport (a self-hosted Direct Line endpoint) with its own reply sink.</summary>
public sealed class InProcessTurnTests
{
    private readonly CloudAdapter _adapter = new(
        new AnonymousBotFrameworkAuthentication(),
        new UnusableConnector(),
        Options.Create(new CloudAdapterOptions()),
        NullLogger<CloudAdapter>.Instance);

    private readonly List<Activity> _sink = [];

    [Fact]
    public async Task Replies_go_to_the_sink_addressed_as_usual_and_get_its_ids()
    {
        var inbound = Some.Message("你好", serviceUrl: "https://directline.invalid/");
        inbound.ChannelId = Channels.Directline;
        ResourceResponse? sent = null;

        var result = await _adapter.ProcessActivityAsync(
            inbound,
            new DelegateBot(async (turn, ct) => sent = await turn.SendActivityAsync("答案", cancellationToken: ct)),
            SinkAsync);

        Assert.Null(result);
        var reply = Assert.Single(_sink);
        Assert.Equal("答案", reply.Text);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(Some.UserId, reply.Recipient!.Id);
        Assert.Equal("sink-1", sent!.Id);
    }

    [Fact]
    public async Task Expect_replies_returns_the_replies_instead_of_sinking_them()
    {
        var inbound = Some.Message(serviceUrl: null);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var result = await _adapter.ProcessActivityAsync(inbound, DelegateBot.Replying("a", "b"), SinkAsync);

        Assert.Equal(200, result!.Status);
        Assert.Equal(["a", "b"], Assert.IsType<ExpectedReplies>(result.Body).Activities!.Select(a => a.Text));
        Assert.Empty(_sink);
    }

    [Fact]
    public async Task An_invoke_returns_the_bots_invoke_response()
    {
        var bot = new DelegateBot((turn, ct) =>
            turn.SendActivityAsync(new Activity(ActivityTypes.InvokeResponse) { Value = new InvokeResponse(200, "ok") }, ct));

        var result = await _adapter.ProcessActivityAsync(Some.Activity(ActivityTypes.Invoke), bot, SinkAsync);

        Assert.Equal(200, result!.Status);
        Assert.Equal("ok", result.Body);
    }

    [Fact]
    public async Task A_throwing_sink_is_counted_and_the_turn_goes_on()
    {
        var calls = 0;
        var bot = DelegateBot.Replying("a", "b");

        await _adapter.ProcessActivityAsync(Some.Message(), bot, (_, _) =>
        {
            calls++;
            throw new IOException("queue full");
        });

        Assert.Equal(2, calls);
        Assert.Equal(2, _adapter.FailedDeliveryCount);
    }

    [Fact]
    public async Task A_throwing_bot_gets_the_apology_through_the_sink()
    {
        await _adapter.ProcessActivityAsync(Some.Message(), new DelegateBot((_, _) => throw new InvalidOperationException()), SinkAsync);

        Assert.Equal(new CloudAdapterOptions().ErrorReplyText, Assert.Single(_sink).Text);
    }

    private Task<ResourceResponse> SinkAsync(Activity activity, CancellationToken cancellationToken)
    {
        _sink.Add(activity);
        return Task.FromResult(new ResourceResponse($"sink-{_sink.Count}"));
    }

    private sealed class UnusableConnector : IConnectorClient
    {
        public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? audience = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("in-process turns must not use the connector");

        public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, string? audience = null, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("in-process turns must not use the connector");
    }
}
