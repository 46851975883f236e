namespace ReportBot.Protocol.DirectLine;

/// <summary>The bytes of history held by all conversations together.</summary>
internal sealed class HistoryBudget(long maxBytes)
{
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public long MaxBytes { get; } = maxBytes;

    /// <summary>True when <paramref name="incoming"/> more bytes would still fit.</summary>
    public bool HasRoomFor(long incoming) => Bytes + incoming <= MaxBytes;

    public void Add(long delta) => Interlocked.Add(ref _bytes, delta);
}
