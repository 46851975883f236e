namespace ReportBot.Protocol.Connector;

/// <summary>
/// Retry policy of <see cref="IConnectorClient"/>. Defaults keep a failing reply well inside the ~15 s a channel
/// waits for the inbound request: 3 attempts, 5 s each, backoff from 250 ms.
/// </summary>
public sealed class ConnectorClientOptions
{
    /// <summary>Requests per activity, the first included.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Time allowed for one request, response headers and body included.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Backoff before the second attempt; it doubles for each further one.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Upper bound of the computed backoff.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A longer Retry-After than this ends the retries instead of waiting.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);
}
