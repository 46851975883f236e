using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Connector;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// The bot's token for Connector calls, from <see cref="IAppTokenSource"/> — but only for a service URL that came
/// on an authenticated request (<see cref="TrustedServiceUrls"/>); for any other it throws, so the reply is not
/// sent and the token never leaves. The audience is the turn's (ToChannelFromBotOAuthScope) or, for proactive
/// turns, the configured default.
/// </summary>
internal sealed class BotOutboundTokenProvider(
    BotFrameworkAuthenticationOptions options,
    IAppTokenSource tokens,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<BotOutboundTokenProvider> logger) : IOutboundTokenProvider
{
    private const string DefaultScopeSuffix = "/.default";

    public Task<string?> GetTokenAsync(string serviceUrl, string? audience, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        if (!trustedServiceUrls.IsTrusted(serviceUrl))
        {
            var host = Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? uri.Host : "an invalid URL";
            AuthenticationLog.UntrustedServiceUrl(logger, host);
            throw new UnauthorizedAccessException($"The bot's token is only sent to service URLs of authenticated requests, and {host} is not one.");
        }

        return GetAsync(Resource(audience ?? options.ToChannelFromBotOAuthScope), cancellationToken);
    }

    private async Task<string?> GetAsync(string resource, CancellationToken cancellationToken) =>
        await tokens.GetTokenAsync(resource, cancellationToken).ConfigureAwait(false);

    /// <summary>"https://api.botframework.com/.default" or "…/" → "https://api.botframework.com".</summary>
    internal static string Resource(string audience)
    {
        var resource = audience.Trim();
        if (resource.EndsWith(DefaultScopeSuffix, StringComparison.OrdinalIgnoreCase))
        {
            resource = resource[..^DefaultScopeSuffix.Length];
        }

        return resource.TrimEnd('/');
    }
}
