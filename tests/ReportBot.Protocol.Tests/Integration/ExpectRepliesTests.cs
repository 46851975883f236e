using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class ExpectRepliesTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task Every_reply_comes_back_in_the_response_body_and_nothing_is_posted()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
            await turn.SendActivityAsync("948亿美元", cancellationToken: ct);
        });
        await using var host = await BotHost.StartAsync(bot);
        var inbound = Some.Message(serviceUrl: _channel.ServiceUrl);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        var activities = JsonDocument.Parse(body).RootElement.GetProperty("activities");
        Assert.Equal(2, activities.GetArrayLength());
        Assert.Equal("typing", activities[0].GetProperty("type").GetString());
        Assert.Equal("948亿美元", activities[1].GetProperty("text").GetString());
        Assert.Equal(inbound.Id, activities[1].GetProperty("replyToId").GetString());
        Assert.Equal(Some.BotId, activities[1].GetProperty("from").GetProperty("id").GetString());
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task An_expect_replies_activity_needs_no_service_url()
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("ok"));
        var inbound = Some.Message(serviceUrl: null);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), ProtocolJson.Context.ExpectedReplies)!;
        Assert.Equal("ok", Assert.Single(replies.Activities!).Text);
    }

    [Fact]
    public async Task A_silent_bot_answers_an_empty_activity_list()
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Silent());
        var inbound = Some.Message(serviceUrl: _channel.ServiceUrl);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound);

        Assert.Equal("""{"activities":[]}""", await response.Content.ReadAsStringAsync());
    }
}
