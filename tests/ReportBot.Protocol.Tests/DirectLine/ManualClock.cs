namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>A clock that moves only when told: token expiry, idle expiry and rate-limit windows without waiting.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _utcTicks = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
