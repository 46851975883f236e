using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task Two_replies_reach_the_channel_in_order_addressed_to_the_inbound_activity()
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("第一段", "第二段"));
        var inbound = Some.Message("贸易总额？", _channel.ServiceUrl, "conv-42");

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Collection(
            _channel.Received,
            first => AssertReply(first, "第一段"),
            second => AssertReply(second, "第二段"));

        void AssertReply(FakeChannel.ReceivedRequest request, string text)
        {
            Assert.Equal("POST", request.Method);
            Assert.Equal($"/v3/conversations/conv-42/activities/{inbound.Id}", request.RawTarget);
            Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
            Assert.Equal(string.Empty, request.Authorization);
            var reply = request.Activity;
            Assert.Equal(ActivityTypes.Message, reply.Type);
            Assert.Equal(text, reply.Text);
            Assert.Equal(Some.BotId, reply.From!.Id);
            Assert.Equal(Some.UserId, reply.Recipient!.Id);
            Assert.Equal("conv-42", reply.Conversation!.Id);
            Assert.Equal(inbound.Id, reply.ReplyToId);
            Assert.Equal(Channels.Emulator, reply.ChannelId);
            Assert.Equal("zh-CN", reply.Locale);
            Assert.Null(reply.Id);
        }
    }

    [Theory]
    [InlineData("/amer/", "/amer/v3/conversations/")]
    [InlineData("/amer", "/amer/v3/conversations/")]
    [InlineData("/teams/emea/", "/teams/emea/v3/conversations/")]
    public async Task A_service_url_path_is_kept_and_v3_appended_to_it(string pathPrefix, string expectedStart)
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("ok"));

        await host.PostAsync(Some.Message(serviceUrl: _channel.BaseAddress + pathPrefix, conversationId: "c1"));

        Assert.StartsWith(expectedStart + "c1/activities/", Assert.Single(_channel.Received).RawTarget, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8a6e1f30-f9a1-11ef-9c4b-3b1d2f6a7e90|livechat", "8a6e1f30-f9a1-11ef-9c4b-3b1d2f6a7e90%7Clivechat")]
    [InlineData("19:abc@thread.tacv2;messageid=1741064767891", "19%3Aabc%40thread.tacv2%3Bmessageid%3D1741064767891")]
    [InlineData("a/b c", "a%2Fb%20c")]
    public async Task Conversation_ids_are_percent_encoded_in_the_path(string conversationId, string encoded)
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("ok"));
        var inbound = Some.Message(serviceUrl: _channel.ServiceUrl, conversationId: conversationId);
        inbound.Id = "conv|0001";

        await host.PostAsync(inbound);

        var request = Assert.Single(_channel.Received);
        Assert.Equal($"/v3/conversations/{encoded}/activities/conv%7C0001", request.RawTarget);
        Assert.Equal(conversationId, request.Activity.Conversation!.Id);
    }

    [Fact]
    public async Task A_reply_without_reply_to_id_is_sent_to_the_conversation()
    {
        var inbound = Some.ConversationStart(_channel.ServiceUrl);
        inbound.ChannelId = Channels.Webchat;
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("欢迎"));

        await host.PostAsync(inbound);

        Assert.Equal("/v3/conversations/conv-1%7Clivechat/activities", Assert.Single(_channel.Received).RawTarget);
    }

    [Fact]
    public async Task An_unknown_activity_type_gets_200_and_no_reply()
    {
        await using var host = await BotHost.StartAsync(new ActivityHandler());

        var response = await host.PostAsync(Some.Activity("somethingNew", _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task An_empty_200_from_the_channel_is_a_delivered_reply_without_id()
    {
        _channel.ThenRespond(200);
        ResourceResponse? sent = null;
        await using var host = await BotHost.StartAsync(new DelegateBot(async (turn, ct) => sent = await turn.SendActivityAsync("ok", cancellationToken: ct)));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(sent!.Id);
        Assert.Equal(0, host.Adapter.FailedDeliveryCount);
    }

    [Fact]
    public async Task The_channels_id_for_a_reply_is_returned_to_the_bot()
    {
        ResourceResponse? sent = null;
        await using var host = await BotHost.StartAsync(new DelegateBot(async (turn, ct) => sent = await turn.SendActivityAsync("ok", cancellationToken: ct)));

        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal("reply-1", sent!.Id);
    }

    [Fact]
    public async Task An_outbound_token_is_sent_as_a_bearer_header()
    {
        var tokens = new RecordingTokenProvider("token-abc");
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("ok"), s => s.AddSingleton<IOutboundTokenProvider>(tokens));

        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal("Bearer token-abc", Assert.Single(_channel.Received).Authorization);
        Assert.Equal(_channel.ServiceUrl, Assert.Single(tokens.Requests).ServiceUrl);
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("Authorization: *", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("token-abc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_caller_id_on_the_wire_is_discarded()
    {
        string? seen = "unset";
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            seen = turn.Activity.CallerId;
            return Task.CompletedTask;
        }));
        var inbound = Some.Message(serviceUrl: _channel.ServiceUrl);
        inbound.CallerId = "urn:botframework:forged";

        await host.PostAsync(inbound);

        Assert.Null(seen);
    }

    [Fact]
    public async Task Traces_are_sent_to_the_emulator_but_not_to_other_channels()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendActivityAsync(turn.Activity.CreateTrace("debug", "x"), ct));
        await using var host = await BotHost.StartAsync(bot);
        var teams = Some.Message(serviceUrl: _channel.ServiceUrl);
        teams.ChannelId = Channels.Msteams;

        await host.PostAsync(teams);
        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(ActivityTypes.Trace, Assert.Single(_channel.Received).Activity.Type);
    }

    [Fact]
    public async Task A_stored_conversation_reference_can_be_continued_proactively()
    {
        ConversationReference? reference = null;
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            reference = turn.Activity.GetConversationReference();
            return Task.CompletedTask;
        }));
        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl, conversationId: "c9"));

        await host.Adapter.ContinueConversationAsync(null, reference!, (turn, ct) => turn.SendActivityAsync("稍后的答案", cancellationToken: ct), CancellationToken.None);

        var request = Assert.Single(_channel.Received);
        Assert.StartsWith("/v3/conversations/c9/activities", request.RawTarget, StringComparison.Ordinal);
        Assert.Equal("稍后的答案", request.Activity.Text);
        Assert.Equal(Some.UserId, request.Activity.Recipient!.Id);
    }

    private sealed class RecordingTokenProvider(string token) : IOutboundTokenProvider
    {
        public List<(string ServiceUrl, string? Audience)> Requests { get; } = [];

        public Task<string?> GetTokenAsync(string serviceUrl, string? audience, CancellationToken cancellationToken)
        {
            Requests.Add((serviceUrl, audience));
            return Task.FromResult<string?>(token);
        }
    }
}
