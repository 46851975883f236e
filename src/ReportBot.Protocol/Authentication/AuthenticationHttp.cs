namespace ReportBot.Protocol.Authentication;

/// <summary>
/// The named <see cref="HttpClient"/> for OpenID metadata, JWKS and token endpoints. Configure it (proxy, test
/// certificate trust) with <c>services.AddHttpClient(AuthenticationHttp.ClientName)…</c>.
/// </summary>
internal static class AuthenticationHttp
{
    public const string ClientName = "ReportBot.Protocol.Authentication";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
}
