using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Validates a JWT with IdentityModel's <see cref="JsonWebTokenHandler"/> against the keys of one metadata URL: on
/// an unknown key id it asks the cache for fresh keys (which it fetches at most once per minimum refresh interval)
/// and tries once more.
/// </summary>
internal sealed class SignedTokenValidator(OpenIdMetadataCache keys, TokenValidationParameters parameters)
{
    private static readonly JsonWebTokenHandler Handler = new();

    public async Task<TokenCheck> ValidateAsync(string token, string kid, CancellationToken cancellationToken)
    {
        SigningKeySet keySet;
        try
        {
            keySet = await keys.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return TokenCheck.Failed("the signing keys could not be fetched");
        }

        var result = await ValidateWithAsync(token, keySet).ConfigureAwait(false);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            keySet = await keys.RefreshForUnknownKeyAsync(kid, cancellationToken).ConfigureAwait(false);
            if (keySet.HasKey(kid))
            {
                result = await ValidateWithAsync(token, keySet).ConfigureAwait(false);
            }
        }

        return result.IsValid && result.ClaimsIdentity is { } identity
            ? new TokenCheck(identity, (result.SecurityToken as JsonWebToken)?.SigningKey?.KeyId, keySet, null)
            : TokenCheck.Failed(Describe(result.Exception, kid));
    }

    private Task<TokenValidationResult> ValidateWithAsync(string token, SigningKeySet keySet)
    {
        var withKeys = parameters.Clone();
        withKeys.IssuerSigningKeys = keySet.Keys;
        return Handler.ValidateTokenAsync(token, withKeys);
    }

    /// <summary>A fixed reason per failure kind: IdentityModel's messages are not echoed, so no token part can leak.</summary>
    private static string Describe(Exception? exception, string kid) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidLifetimeException => "the token's lifetime is invalid",
        SecurityTokenInvalidAudienceException => "the token's audience is not this bot's app id",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException => $"the token is signed with an unknown key (kid '{Truncate(kid)}')",
        SecurityTokenInvalidAlgorithmException => "the token's signing algorithm is not allowed",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        SecurityTokenMalformedException => "the token is malformed",
        null => "the token is invalid",
        _ => $"the token is invalid ({exception.GetType().Name})",
    };

    /// <summary>A value from the token or activity, fit to quote in a log line: at most 64 characters, no control characters.</summary>
    internal static string Truncate(string value)
    {
        var shown = value.Length <= 64 ? value : value[..64] + "…";
        return string.Create(shown.Length, shown, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                span[i] = char.IsControl(text[i]) ? '?' : text[i];
            }
        });
    }
}
