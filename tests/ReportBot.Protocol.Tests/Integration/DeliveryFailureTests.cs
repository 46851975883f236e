using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class DeliveryFailureTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task A_reply_is_delivered_after_the_channel_fails_twice_with_500()
    {
        _channel.ThenRespond(500).ThenRespond(500, """{"error":{"code":"ServiceError","message":"busy"}}""");
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("答案"));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, _channel.Received.Count);
        Assert.All(_channel.Received, r => Assert.Equal("答案", r.Activity.Text));
        Assert.Equal(2, host.Logs.From<ConnectorClient>().Count(e => e.Level == LogLevel.Warning));
        Assert.Equal(0, host.Adapter.FailedDeliveryCount);
    }

    [Fact]
    public async Task A_channel_that_refuses_connections_costs_a_bounded_time_and_a_logged_failure()
    {
        var replies = new List<string?>();
        var bot = new DelegateBot(async (turn, ct) =>
        {
            replies.Add((await turn.SendActivityAsync("第一段", cancellationToken: ct)).Id);
            replies.Add((await turn.SendActivityAsync("第二段", cancellationToken: ct)).Id);
        });
        await using var host = await BotHost.StartAsync(bot);
        var inbound = Some.Message(serviceUrl: Loopback.ClosedPortUrl());
        var clock = Stopwatch.StartNew();

        var response = await host.PostAsync(inbound);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal([null, null], replies);
        Assert.Equal(2, host.Adapter.FailedDeliveryCount);
        var failures = host.Logs.From<CloudAdapter>().Where(e => e.EventId.Id == 1004).ToList();
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Contains(inbound.Id!, f.Message, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.Equal(3, Assert.IsType<ConnectorException>(f.Exception).Attempts));
    }

    [Fact]
    public async Task A_client_error_from_the_channel_is_not_retried()
    {
        _channel.ThenRespond(400, """{"error":{"code":"BadArgument","message":"Activity is too large"}}""");
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("答案"));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_channel.Received);
        var failure = Assert.Single(host.Logs.From<CloudAdapter>(), e => e.EventId.Id == 1004);
        Assert.Contains("BadArgument", failure.Message, StringComparison.Ordinal);
        Assert.Equal(400, Assert.IsType<ConnectorException>(failure.Exception).StatusCode);
    }

    [Fact]
    public async Task A_channel_that_stalls_past_the_attempt_timeout_is_tried_again()
    {
        _channel.ThenRespond(200, delay: TimeSpan.FromSeconds(30));
        await using var host = await BotHost.StartAsync(
            DelegateBot.Replying("答案"),
            s => s.Configure<ConnectorClientOptions>(o => o.AttemptTimeout = TimeSpan.FromMilliseconds(300)));
        var clock = Stopwatch.StartNew();

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.Equal(2, _channel.Received.Count);
        Assert.Equal(0, host.Adapter.FailedDeliveryCount);
    }

    [Fact]
    public async Task Throttling_with_a_short_retry_after_is_waited_out()
    {
        _channel.ThenRespond(429, retryAfter: "0");
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("答案"));

        await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(2, _channel.Received.Count);
        Assert.Equal(0, host.Adapter.FailedDeliveryCount);
    }

    [Fact]
    public async Task Throttling_with_a_retry_after_longer_than_a_turn_gives_up_at_once()
    {
        _channel.ThenRespond(429, retryAfter: "120");
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("答案"));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_channel.Received);
        Assert.Equal(1, host.Adapter.FailedDeliveryCount);
    }
}
