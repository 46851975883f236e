using Microsoft.Identity.Client;

namespace ReportBot.Protocol.Authentication;

/// <summary>Gives MSAL the named client, so its token requests use the same handler configuration.</summary>
internal sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => factory.CreateClient(AuthenticationHttp.ClientName);
}
