using Microsoft.Extensions.Logging;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// UserAssignedMSI: MSAL's managed identity API with the user-assigned client id <c>MicrosoftAppId</c> and the
/// resource itself (no "/.default"). MSAL finds the host's identity endpoint (App Service, Functions, Azure VM IMDS,
/// …) and caches the token.
/// </summary>
internal sealed class MsalManagedIdentityTokenSource(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClients, ILogger logger) : IAppTokenSource
{
    private readonly IManagedIdentityApplication _app = ManagedIdentityApplicationBuilder
        .Create(ManagedIdentityId.WithUserAssignedClientId(options.MicrosoftAppId))
        .WithHttpClientFactory(httpClients)
        .Build();

    public async Task<string> GetTokenAsync(string resource, CancellationToken cancellationToken)
    {
        var result = await _app.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        if (result.AuthenticationResultMetadata?.TokenSource == TokenSource.IdentityProvider)
        {
            AuthenticationLog.OutboundTokenFetched(logger, "managed identity", result.ExpiresOn);
        }

        return result.AccessToken;
    }
}
