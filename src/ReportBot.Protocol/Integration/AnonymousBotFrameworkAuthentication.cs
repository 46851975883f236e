using System.Security.Claims;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// "No app id = no auth" (the SDK's IsAuthenticationDisabled): a request without a token — or with a bare "Bearer",
/// as the Emulator may send — is accepted anonymously. A request that does carry a token is refused, because
/// nothing here can validate it. Never use this on a public endpoint.
/// </summary>
internal sealed class AnonymousBotFrameworkAuthentication : IBotFrameworkAuthentication
{
    public const string AuthenticationType = "anonymous";

    public Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
    {
        if (!HasToken(authHeader))
        {
            return Task.FromResult(AuthenticateRequestResult.Success(new ClaimsIdentity(AuthenticationType)));
        }

        return Task.FromResult(AuthenticateRequestResult.Fail(
            "the request carries a bearer token but the bot runs without an app id, so the token cannot be validated"));
    }

    private static bool HasToken(string? authHeader)
    {
        var value = authHeader.AsSpan().Trim();
        if (value.StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            value = value["Bearer".Length..].Trim();
        }

        return !value.IsEmpty;
    }
}
