using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Authentication with an app id (the SDK's JwtTokenValidation): every request carries <c>Bearer &lt;JWT&gt;</c>;
/// the token's issuer picks the path — the Bot Connector (<see cref="ChannelTokenValidator"/>) or the Emulator
/// (<see cref="EmulatorTokenValidator"/>) — before any signature work, and anything else is refused. On success the
/// activity's serviceUrl becomes trusted for outbound tokens, the caller id is <c>urn:botframework:azure</c> and the
/// outbound audience is <c>ToChannelFromBotOAuthScope</c>. Failure reasons never contain the token.
/// </summary>
internal sealed class JwtBotFrameworkAuthentication(
    BotFrameworkAuthenticationOptions options,
    ChannelTokenValidator channel,
    EmulatorTokenValidator emulator,
    TrustedServiceUrls trustedServiceUrls,
    ILogger<JwtBotFrameworkAuthentication> logger) : IBotFrameworkAuthentication
{
    private static readonly JsonWebTokenHandler Reader = new();

    public async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!BearerToken.TryRead(authHeader, out var token, out var otherScheme))
        {
            return AuthenticateRequestResult.Fail(otherScheme
                ? "the Authorization header is not a Bearer token"
                : "no bearer token, but the bot has an app id, so every request must carry one");
        }

        if (!TryRead(token, out var jwt))
        {
            return AuthenticateRequestResult.Fail("the bearer token is not a JWT");
        }

        if (!TokenParameters.AllowedAlgorithms.Contains(jwt.Alg ?? string.Empty))
        {
            return AuthenticateRequestResult.Fail($"the token's signing algorithm '{SignedTokenValidator.Truncate(jwt.Alg ?? string.Empty)}' is not allowed");
        }

        if (string.IsNullOrEmpty(jwt.Kid))
        {
            return AuthenticateRequestResult.Fail("the token names no signing key (kid)");
        }

        var issuer = jwt.Issuer ?? string.Empty;
        var (kind, check) = string.Equals(issuer, channel.Issuer, StringComparison.Ordinal)
            ? ("channel", await channel.ValidateAsync(token, jwt.Kid, activity, cancellationToken).ConfigureAwait(false))
            : emulator.Accepts(issuer)
                ? ("Emulator", await emulator.ValidateAsync(token, jwt.Kid, cancellationToken).ConfigureAwait(false))
                : ("unknown", TokenCheck.Failed($"the token's issuer '{SignedTokenValidator.Truncate(issuer)}' is not accepted"));

        if (check.Failure is not null)
        {
            return AuthenticateRequestResult.Fail($"{kind} token refused: {check.Failure}");
        }

        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trustedServiceUrls.Trust(activity.ServiceUrl);
        }

        AuthenticationLog.TokenAccepted(logger, kind, activity.Id, activity.ChannelId);
        return AuthenticateRequestResult.Success(check.Identity!, CallerIdConstants.PublicAzureChannel, options.ToChannelFromBotOAuthScope);
    }

    private static bool TryRead(string token, out JsonWebToken jwt)
    {
        jwt = null!;
        if (!Reader.CanReadToken(token))
        {
            return false;
        }

        try
        {
            jwt = Reader.ReadJsonWebToken(token);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentException or SecurityTokenException)
        {
            return false;
        }
    }
}
