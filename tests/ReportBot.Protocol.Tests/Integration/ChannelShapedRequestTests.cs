using System.Net;
using System.Text.Json.Nodes;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

/// <summary>The hand-written Emulator and Teams samples, posted as those channels would post them.</summary>
public sealed class ChannelShapedRequestTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await BotHost.StartAsync(new EchoWithoutMentionBot());
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task An_emulator_message_is_answered_at_its_encoded_conversation()
    {
        var response = await _host.PostJsonAsync(SampleAddressedTo("emulator-message.json", _channel.ServiceUrl), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_channel.Received);
        Assert.Equal(
            "/v3/conversations/8a6e1f30-f9a1-11ef-9c4b-3b1d2f6a7e90%7Clivechat/activities/9b7f2a40-f9a1-11ef-8d2e-1f4c5b6a7d80",
            request.RawTarget);
        var reply = request.Activity;
        Assert.Equal("2024年贸易总额是多少？", reply.Text);
        Assert.Equal("2d6f0e10-f9a1-11ef-9c4b-3b1d2f6a7e90", reply.From!.Id);
        Assert.Equal("5c1a9b2e-0d7f-4b8e-9b1a-3f0e2d4c6a8b", reply.Recipient!.Id);
        Assert.Equal("zh-CN", reply.Locale);
    }

    [Fact]
    public async Task A_teams_channel_message_is_answered_under_the_regional_path_without_the_mention()
    {
        var response = await _host.PostJsonAsync(SampleAddressedTo("teams-channel-message.json", _channel.BaseAddress + "/amer/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_channel.Received);
        Assert.Equal(
            "/amer/v3/conversations/19%3Aa1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6%40thread.tacv2%3Bmessageid%3D1741064767891/activities/1741064767891",
            request.RawTarget);
        var reply = request.Activity;
        Assert.Equal("2024年贸易总额是多少？", reply.Text);
        Assert.Equal(Channels.Msteams, reply.ChannelId);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", reply.Conversation!.TenantId);
    }

    private static string SampleAddressedTo(string sample, string serviceUrl)
    {
        var json = JsonNode.Parse(Samples.Read(sample))!;
        json["serviceUrl"] = serviceUrl;
        return json.ToJsonString();
    }

    private sealed class EchoWithoutMentionBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.RemoveRecipientMention()), cancellationToken);
    }
}
