using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly HttpClient _http = new();
    private readonly ILoggerFactory _loggers;
    private FakeChannel _channel = null!;

    public ConnectorClientTests() => _loggers = new LoggerFactory([_logs]);

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        _loggers.Dispose();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_response_that_is_not_json_still_counts_as_delivered()
    {
        _channel.ThenRespond(200, "OK");

        var response = await Client().SendToConversationAsync(_channel.ServiceUrl, "c1", new Activity(ActivityTypes.Message));

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task A_created_response_yields_the_channels_id()
    {
        _channel.ThenRespond(201, """{"id":"1741064767999"}""");

        var response = await Client().ReplyToActivityAsync(_channel.ServiceUrl, "c1", "a1", new Activity(ActivityTypes.Message));

        Assert.Equal("1741064767999", response.Id);
    }

    [Fact]
    public async Task An_invalid_service_url_is_refused_without_a_request_and_logged()
    {
        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync("file:///etc/passwd", "c1", new Activity(ActivityTypes.Message)));

        Assert.Equal(0, exception.Attempts);
        Assert.Empty(_channel.Received);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("not an absolute http or https URL", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Not_implemented_is_not_retried()
    {
        _channel.ThenRespond(501);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_channel.ServiceUrl, "c1", new Activity(ActivityTypes.Message)));

        Assert.Equal(501, exception.StatusCode);
        Assert.Single(_channel.Received);
    }

    [Fact]
    public async Task Giving_up_after_the_last_attempt_reports_the_last_status()
    {
        _channel.ThenRespond(503).ThenRespond(502).ThenRespond(500);

        var exception = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(_channel.ServiceUrl, "c1", new Activity(ActivityTypes.Message)));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal(3, exception.Attempts);
        Assert.Equal(3, _channel.Received.Count);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_stops_the_retries()
    {
        _channel.ThenRespond(200, delay: TimeSpan.FromSeconds(30));
        using var cancellation = new CancellationTokenSource();

        var sending = Client().SendToConversationAsync(_channel.ServiceUrl, "c1", new Activity(ActivityTypes.Message), cancellationToken: cancellation.Token);
        // Cancel once the first attempt is under way at the channel, however slow the machine.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (_channel.Received.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        Assert.Single(_channel.Received);
    }

    private ConnectorClient Client() => new(
        _http,
        new AnonymousOutboundTokenProvider(),
        Options.Create(new ConnectorClientOptions { BaseDelay = TimeSpan.FromMilliseconds(5), MaxDelay = TimeSpan.FromMilliseconds(10) }),
        TimeProvider.System,
        _loggers.CreateLogger<ConnectorClient>());
}
