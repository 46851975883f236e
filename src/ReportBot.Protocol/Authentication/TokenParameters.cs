using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Protocol.Authentication;

/// <summary>The validation rules both token paths share; only issuers and audiences differ.</summary>
internal static class TokenParameters
{
    /// <summary>RS256/384/512 only: no <c>none</c>, no HMAC (an HS256 token "signed" with the public key fails).</summary>
    public static readonly IReadOnlySet<string> AllowedAlgorithms = new HashSet<string>(StringComparer.Ordinal)
    {
        SecurityAlgorithms.RsaSha256,
        SecurityAlgorithms.RsaSha384,
        SecurityAlgorithms.RsaSha512,
    };

    public static TokenValidationParameters Create(IEnumerable<string> issuers, IEnumerable<string> audiences, TimeSpan clockSkew, TimeProvider time) => new()
    {
        ValidateIssuer = true,
        ValidIssuers = [.. issuers],
        ValidateAudience = true,
        RequireAudience = true,
        ValidAudiences = [.. audiences],
        ValidAlgorithms = [.. AllowedAlgorithms],
        RequireSignedTokens = true,
        TryAllIssuerSigningKeys = false,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = clockSkew,
        LifetimeValidator = (notBefore, expires, _, parameters) => ValidateLifetime(notBefore, expires, parameters.ClockSkew, time),
        AuthenticationType = "Bearer",
    };

    /// <summary>IdentityModel's lifetime rule (exp required, nbf optional, both with skew) on the injected clock.</summary>
    private static bool ValidateLifetime(DateTime? notBefore, DateTime? expires, TimeSpan clockSkew, TimeProvider time)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is not { } exp)
        {
            throw new SecurityTokenNoExpirationException("The token has no exp claim.");
        }

        if (notBefore is { } nbf && nbf > exp)
        {
            throw new SecurityTokenInvalidLifetimeException("The token's nbf is after its exp.") { NotBefore = nbf, Expires = exp };
        }

        if (notBefore is { } start && start > now + clockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = start };
        }

        return exp >= now - clockSkew
            ? true
            : throw new SecurityTokenExpiredException("The token has expired.") { Expires = exp };
    }
}
