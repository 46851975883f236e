namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// The serialized activities of one conversation in sequence order, trimmed from the oldest to stay within a count
/// and a byte budget (the newest is always kept). Sequence numbers only grow, so watermarks stay meaningful after
/// trimming. Not thread-safe: <see cref="DirectLineConversation"/> guards it.
/// </summary>
internal sealed class ActivityHistory(int maxCount, int maxBytes, HistoryBudget budget)
{
    /// <summary>A page (one GET answer or WebSocket frame) stops growing past this size.</summary>
    internal const int MaxPageBytes = 1024 * 1024;

    private readonly Queue<(long Sequence, byte[] Json)> _entries = new();
    private long _bytes;

    public long LastSequence { get; private set; }

    public int Count => _entries.Count;

    /// <summary>The next sequence number; every activity gets one, even one that is not kept.</summary>
    public long Reserve() => ++LastSequence;

    /// <summary>Stores the activity of the sequence number just reserved.</summary>
    public void Add(long sequence, byte[] json)
    {
        _entries.Enqueue((sequence, json));
        Account(json.Length);
        while (_entries.Count > 1 && (_entries.Count > maxCount || _bytes > maxBytes))
        {
            Account(-_entries.Dequeue().Json.Length);
        }
    }

    /// <summary>
    /// Up to <paramref name="pageSize"/> activities after <paramref name="watermark"/>, and the watermark to ask
    /// with next: the last one returned, or — when there is nothing newer — the latest sequence number.
    /// </summary>
    public ActivityPage Read(long watermark, int pageSize)
    {
        var items = new List<byte[]>();
        var last = Math.Min(watermark, LastSequence);
        var bytes = 0L;
        foreach (var (sequence, json) in _entries)
        {
            if (sequence <= watermark)
            {
                continue;
            }

            if (items.Count == pageSize || (items.Count > 0 && bytes + json.Length > MaxPageBytes))
            {
                break;
            }

            items.Add(json);
            bytes += json.Length;
            last = sequence;
        }

        return new ActivityPage(items, last);
    }

    public void Clear()
    {
        _entries.Clear();
        Account(-_bytes);
    }

    private void Account(long delta)
    {
        _bytes += delta;
        budget.Add(delta);
    }
}
