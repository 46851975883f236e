using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Who may do what: the secret opens everything, a token opens its own conversation only. Failures are answered
/// here — 401 for no or a bad credential, 403 TokenExpired for an expired token, 403 Forbidden for a token of
/// another conversation (whether that conversation exists is not revealed).
/// </summary>
internal sealed class DirectLineAuth(DirectLineTokens tokens, ILogger<DirectLineAuth> logger)
{
    public DirectLineTokens Tokens => tokens;

    /// <summary>The credential of <c>Authorization: Bearer …</c>, or null.</summary>
    public static string? Bearer(HttpContext http)
    {
        var value = http.Request.Headers.Authorization.ToString().AsSpan().Trim();
        if (!value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var credential = value["Bearer ".Length..].Trim();
        return credential.IsEmpty ? null : credential.ToString();
    }

    /// <summary>
    /// The secret or a valid token (a stream ticket when <paramref name="scope"/> is <see cref="DirectLineTokens.StreamScope"/>);
    /// otherwise answers 401/403 and returns null.
    /// </summary>
    public async Task<Caller?> AuthenticateAsync(HttpContext http, string? credential, bool allowSecret = true, string? scope = null)
    {
        if (credential is null)
        {
            await RefuseAsync(http, StatusCodes.Status401Unauthorized, DirectLineErrors.Unauthorized, "Send Authorization: Bearer <token>.").ConfigureAwait(false);
            return null;
        }

        if (allowSecret && tokens.IsSecret(credential))
        {
            return Caller.Secret;
        }

        var check = tokens.Check(credential, scope);
        switch (check.Status)
        {
            case TokenStatus.Valid:
                return new Caller(check.Claims);
            case TokenStatus.Expired:
                await RefuseAsync(http, StatusCodes.Status403Forbidden, DirectLineErrors.TokenExpired, "The token has expired; an expired token cannot be refreshed, so get a new one.").ConfigureAwait(false);
                return null;
            default:
                await RefuseAsync(http, StatusCodes.Status401Unauthorized, DirectLineErrors.Unauthorized, "The token is not valid.").ConfigureAwait(false);
                return null;
        }
    }

    /// <summary>As <see cref="AuthenticateAsync"/>, and a token must be bound to <paramref name="conversationId"/>.</summary>
    public async Task<Caller?> AuthorizeAsync(HttpContext http, string conversationId, string? credential, bool allowSecret = true, string? scope = null)
    {
        var caller = await AuthenticateAsync(http, credential, allowSecret, scope).ConfigureAwait(false);
        if (caller?.Claims is { } claims && !string.Equals(claims.ConversationId, conversationId, StringComparison.Ordinal))
        {
            await RefuseAsync(http, StatusCodes.Status403Forbidden, DirectLineErrors.Forbidden, "The token is not valid for this conversation.").ConfigureAwait(false);
            return null;
        }

        return caller;
    }

    public Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        DirectLineLog.RequestRefused(logger, status, code, message);
        return DirectLineErrors.WriteAsync(http, status, code, message);
    }
}
