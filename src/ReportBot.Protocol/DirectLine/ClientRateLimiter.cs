namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// A fixed-window counter per client key on <see cref="TimeProvider"/> time. It tracks at most
/// <c>maxClients</c> keys: windows that have ended are dropped when the table is full, and while it is still full
/// new clients are refused, so memory stays bounded whatever the number of addresses.
/// </summary>
internal sealed class ClientRateLimiter(string name, int permitsPerWindow, TimeSpan window, int maxClients, TimeProvider time)
{
    private readonly Dictionary<string, Counter> _counters = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>What the limit counts, for messages and logs.</summary>
    public string Name { get; } = name;

    public int Permits { get; } = permitsPerWindow;

    internal int TrackedClients
    {
        get
        {
            lock (_gate)
            {
                return _counters.Count;
            }
        }
    }

    /// <summary>Takes one permit for <paramref name="key"/>; when none is left, says how long until the window ends.</summary>
    public bool TryAcquire(string key, out TimeSpan retryAfter)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_counters.TryGetValue(key, out var counter) || now >= counter.WindowEnd)
            {
                if (counter is null && _counters.Count >= maxClients && !TrySweep(now))
                {
                    retryAfter = window;
                    return false;
                }

                counter = new Counter(now + window);
                _counters[key] = counter;
            }

            if (counter.Used >= Permits)
            {
                retryAfter = counter.WindowEnd - now;
                return false;
            }

            counter.Used++;
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>Drops ended windows; at most once per window length, so a full table cannot make every call O(n).</summary>
    private bool TrySweep(DateTimeOffset now)
    {
        if (now - _lastSweep < window)
        {
            return false;
        }

        _lastSweep = now;
        foreach (var (key, counter) in _counters)
        {
            if (now >= counter.WindowEnd)
            {
                _counters.Remove(key);
            }
        }

        return _counters.Count < maxClients;
    }

    private sealed class Counter(DateTimeOffset windowEnd)
    {
        public DateTimeOffset WindowEnd { get; } = windowEnd;

        public int Used { get; set; }
    }
}
