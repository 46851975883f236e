namespace ReportBot.Protocol.Connector;

/// <summary>
/// Supplies the bearer token for calls to a channel's Connector (Entra ID client credentials, scope
/// <c>https://api.botframework.com/.default</c>, in production). Returning null sends no Authorization header,
/// which is what the Emulator expects from a bot without an app id.
/// </summary>
public interface IOutboundTokenProvider
{
    /// <param name="serviceUrl">The Connector base URL the token is for.</param>
    /// <param name="audience">The audience (scope) from the turn's authentication, or null for the default.</param>
    /// <param name="cancellationToken">Cancels the acquisition.</param>
    /// <returns>The raw token (without "Bearer "), or null for none.</returns>
    Task<string?> GetTokenAsync(string serviceUrl, string? audience, CancellationToken cancellationToken);
}
