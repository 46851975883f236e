namespace ReportBot.Protocol.Tests.Support;

/// <summary>
/// A clock that moves only when told (token expiry, idle expiry, rate-limit windows, key refresh) without
/// waiting. It starts at the real time, so certificates and real timers still agree with it.
/// </summary>
internal sealed class ManualClock : TimeProvider
{
    private long _utcTicks = DateTimeOffset.UtcNow.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
