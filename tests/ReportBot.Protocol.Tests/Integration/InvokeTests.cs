using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class InvokeTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task The_bots_invoke_response_becomes_the_http_response()
    {
        await using var host = await BotHost.StartAsync(new FeedbackBot());
        var invoke = Some.Activity(ActivityTypes.Invoke, _channel.ServiceUrl);
        invoke.Name = "message/submitAction";
        invoke.Value = JsonDocument.Parse("""{"actionName":"feedback","actionValue":{"reaction":"like"}}""").RootElement;

        var response = await host.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        JsonAssert.Equivalent("""{"received":"like"}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task An_invoke_response_with_any_status_and_no_body_is_returned_as_is()
    {
        var bot = new DelegateBot((turn, ct) =>
            turn.SendActivityAsync(new Activity(ActivityTypes.InvokeResponse) { Value = new InvokeResponse(202) }, ct));
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostAsync(Some.Activity(ActivityTypes.Invoke, _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unhandled_invoke_is_answered_501()
    {
        await using var host = await BotHost.StartAsync(new ActivityHandler());

        var response = await host.PostAsync(Some.Activity(ActivityTypes.Invoke, _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task An_invoke_the_bot_ignores_entirely_is_answered_501()
    {
        await using var host = await BotHost.StartAsync(DelegateBot.Silent());

        var response = await host.PostAsync(Some.Activity(ActivityTypes.Invoke, _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    private sealed class FeedbackBot : ActivityHandler
    {
        protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
        {
            var reaction = ((JsonElement)turnContext.Activity.Value!).GetProperty("actionValue").GetProperty("reaction").GetString();
            return Task.FromResult(CreateInvokeResponse(new { Received = reaction }));
        }
    }
}
