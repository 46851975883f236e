using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// MSAL's client-credentials flow (MultiTenant, SingleTenant): scope <c>{resource}/.default</c> from the authority
/// <see cref="BotFrameworkAuthenticationOptions.EffectiveLoginUrl"/>. MSAL's in-memory app token cache serves every
/// turn until shortly before expiry. A loopback authority (https; MSAL refuses http) is used without authority
/// validation or instance discovery, which would call out to the public cloud.
/// </summary>
internal sealed class MsalClientCredentialsTokenSource : IAppTokenSource
{
    private readonly IConfidentialClientApplication _app;
    private readonly string _authority;
    private readonly ILogger _logger;

    public MsalClientCredentialsTokenSource(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClients, ILogger logger)
    {
        _authority = options.EffectiveLoginUrl;
        _logger = logger;
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithHttpClientFactory(httpClients);
        builder = SecureUrl.IsLoopback(_authority)
            ? builder.WithAuthority(_authority, validateAuthority: false).WithInstanceDiscovery(false)
            : builder.WithAuthority(_authority);
        _app = builder.Build();
    }

    public async Task<string> GetTokenAsync(string resource, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForClient([resource + "/.default"]).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        if (result.AuthenticationResultMetadata?.TokenSource == TokenSource.IdentityProvider)
        {
            AuthenticationLog.OutboundTokenFetched(_logger, _authority, result.ExpiresOn);
        }

        return result.AccessToken;
    }
}
