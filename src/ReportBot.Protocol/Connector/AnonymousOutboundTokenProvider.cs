namespace ReportBot.Protocol.Connector;

/// <summary>No app id, no token: outbound calls carry no Authorization header.</summary>
internal sealed class AnonymousOutboundTokenProvider : IOutboundTokenProvider
{
    public Task<string?> GetTokenAsync(string serviceUrl, string? audience, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(null);
}
