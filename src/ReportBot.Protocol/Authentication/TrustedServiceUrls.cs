using System.Collections.Concurrent;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Service URLs that arrived on authenticated requests (a channel token's <c>serviceurl</c> claim matched them, or
/// the Emulator path vouched for them), each trusted for a while after it was last seen. The outbound token is only
/// handed out for these, so a forged serviceUrl never receives it.
/// </summary>
internal sealed class TrustedServiceUrls(TimeProvider time, BotFrameworkAuthenticationOptions options)
{
    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public void Trust(string serviceUrl)
    {
        var now = time.GetUtcNow();
        if (_seen.Count >= MaxEntries)
        {
            foreach (var entry in _seen.Where(e => !IsFresh(e.Value, now)))
            {
                _seen.TryRemove(entry);
            }
        }

        _seen[ServiceUrl.Normalize(serviceUrl)] = now;
    }

    public bool IsTrusted(string serviceUrl) =>
        _seen.TryGetValue(ServiceUrl.Normalize(serviceUrl), out var seenAt) && IsFresh(seenAt, time.GetUtcNow());

    private bool IsFresh(DateTimeOffset seenAt, DateTimeOffset now) => now - seenAt < options.TrustedServiceUrlLifetime;
}
