namespace ReportBot.Protocol.Connector;

/// <summary>Exponential backoff with jitter, stretched to a server's Retry-After.</summary>
internal static class RetryDelay
{
    /// <summary>
    /// The wait before attempt <paramref name="failedAttempt"/> + 1: half of min(MaxDelay, BaseDelay·2^(n−1)) plus a
    /// jittered share of the other half, and at least <paramref name="retryAfter"/>. Null when a Retry-After longer
    /// than <see cref="ConnectorClientOptions.MaxRetryAfter"/> asks for more patience than a turn has.
    /// </summary>
    /// <param name="failedAttempt">The attempt that just failed, from 1.</param>
    /// <param name="retryAfter">The server's Retry-After, if any.</param>
    /// <param name="options">The policy.</param>
    /// <param name="jitter">A sample in [0, 1).</param>
    public static TimeSpan? Next(int failedAttempt, TimeSpan? retryAfter, ConnectorClientOptions options, double jitter)
    {
        if (retryAfter > options.MaxRetryAfter)
        {
            return null;
        }

        var exponent = Math.Min(failedAttempt - 1, 30);
        var ceiling = Math.Min(options.MaxDelay.TotalMilliseconds, options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent));
        var backoff = TimeSpan.FromMilliseconds((ceiling / 2) + (Math.Clamp(jitter, 0, 1) * ceiling / 2));
        return retryAfter > backoff ? retryAfter : backoff;
    }
}
