using ReportBot.Protocol.Connector;

namespace ReportBot.Protocol.Tests.Connector;

public sealed class RetryDelayTests
{
    private readonly ConnectorClientOptions _options = new()
    {
        BaseDelay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromMilliseconds(1000),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    [Theory]
    [InlineData(1, 0.0, 100)]
    [InlineData(1, 0.999, 199.9)]
    [InlineData(2, 0.0, 200)]
    [InlineData(3, 0.5, 600)]
    [InlineData(4, 1.0, 1000)]
    [InlineData(10, 1.0, 1000)]
    public void Backoff_doubles_per_attempt_with_jitter_in_its_upper_half_up_to_the_cap(int failedAttempt, double jitter, double expectedMs)
    {
        var delay = RetryDelay.Next(failedAttempt, null, _options, jitter);

        Assert.Equal(expectedMs, delay!.Value.TotalMilliseconds, precision: 1);
    }

    [Fact]
    public void A_retry_after_longer_than_the_backoff_is_honoured()
    {
        Assert.Equal(TimeSpan.FromSeconds(3), RetryDelay.Next(1, TimeSpan.FromSeconds(3), _options, 0.5));
    }

    [Fact]
    public void A_retry_after_shorter_than_the_backoff_keeps_the_backoff()
    {
        Assert.Equal(TimeSpan.FromMilliseconds(150), RetryDelay.Next(1, TimeSpan.Zero, _options, 0.5));
    }

    [Fact]
    public void A_retry_after_beyond_the_limit_means_give_up()
    {
        Assert.Null(RetryDelay.Next(1, TimeSpan.FromSeconds(6), _options, 0.5));
    }
}
