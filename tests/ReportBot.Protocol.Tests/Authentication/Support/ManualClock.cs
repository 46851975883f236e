namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>A clock tests move by hand; timers and timestamps stay real, so retries and timeouts still work.</summary>
internal sealed class ManualClock : TimeProvider
{
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
