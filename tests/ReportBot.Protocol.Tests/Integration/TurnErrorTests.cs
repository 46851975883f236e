using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class TurnErrorTests : IAsyncLifetime
{
    private const string Secret = "connection-string-with-password=hunter2";
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task A_throwing_bot_gets_200_one_apology_and_a_logged_error_with_the_activity_id()
    {
        await using var host = await BotHost.StartAsync(Throwing());
        var inbound = Some.Message(serviceUrl: _channel.ServiceUrl);

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = Assert.Single(_channel.Received).Activity;
        Assert.Equal(ActivityTypes.Message, apology.Type);
        Assert.Equal(new CloudAdapterOptions().ErrorReplyText, apology.Text);
        Assert.Equal(inbound.Id, apology.ReplyToId);
        Assert.DoesNotContain(Secret, _channel.Received[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", _channel.Received[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", apology.Text, StringComparison.Ordinal);

        var logged = Assert.Single(host.Logs.From<CloudAdapter>(), e => e.Level == LogLevel.Error);
        Assert.Contains(inbound.Id!, logged.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged.Exception);
    }

    [Fact]
    public async Task The_apology_text_is_configurable()
    {
        await using var host = await BotHost.StartAsync(Throwing(), s => s.Configure<CloudAdapterOptions>(o => o.ErrorReplyText = "抱歉，出错了。"));

        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal("抱歉，出错了。", Assert.Single(_channel.Received).Activity.Text);
    }

    [Fact]
    public async Task Without_an_apology_text_nothing_is_sent()
    {
        await using var host = await BotHost.StartAsync(Throwing(), s => s.Configure<CloudAdapterOptions>(o => o.ErrorReplyText = null));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task Replies_sent_before_the_exception_are_kept_and_the_apology_follows()
    {
        var bot = new DelegateBot(async (turn, ct) =>
        {
            await turn.SendActivityAsync("部分答案", cancellationToken: ct);
            throw new InvalidOperationException(Secret);
        });
        await using var host = await BotHost.StartAsync(bot);

        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(["部分答案", new CloudAdapterOptions().ErrorReplyText], _channel.Received.Select(r => r.Activity.Text));
    }

    [Fact]
    public async Task Without_an_error_handler_the_request_fails_with_a_500_problem_and_no_stack_trace()
    {
        await using var host = await BotHost.StartAsync(Throwing());
        host.Adapter.OnTurnError = null;

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        await Problem.AssertAsync(response, HttpStatusCode.InternalServerError);
        Assert.DoesNotContain(Secret, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(_channel.Received);
    }

    private static DelegateBot Throwing() => new((_, _) => throw new InvalidOperationException(Secret));
}
