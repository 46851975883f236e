using Microsoft.AspNetCore.Http;

namespace ReportBot.Protocol.DirectLine;

/// <summary><c>POST /tokens/generate</c> and <c>POST /tokens/refresh</c>.</summary>
internal sealed class TokenEndpoints(DirectLineAuth auth, DirectLineRateLimits limits, ConversationStore store)
{
    /// <summary>Bodies of token routes are tiny: TokenParameters.</summary>
    internal const int MaxParametersBytes = 4096;

    private DirectLineTokens Tokens => auth.Tokens;

    /// <summary>
    /// A token for a new conversation (not started until <c>POST /conversations</c>, so it costs no memory). Needs the
    /// secret when one is configured, else a client on this machine.
    /// </summary>
    public async Task GenerateAsync(HttpContext http)
    {
        if (!await limits.TryAcquireAsync(limits.Tokens, http).ConfigureAwait(false) || !await IsAllowedToGenerateAsync(http).ConfigureAwait(false))
        {
            return;
        }

        var parameters = await TokenParametersBody.ReadAsync(http).ConfigureAwait(false);
        if (!parameters.Ok)
        {
            return;
        }

        var conversationId = DirectLineIds.NewConversationId();
        var token = Tokens.Issue(conversationId, parameters.User!);
        await DirectLineResponses.WriteAsync(http, StatusCodes.Status200OK, new ConversationInfo(conversationId, token, Tokens.LifetimeSeconds), DirectLineJson.Default.ConversationInfo).ConfigureAwait(false);
    }

    /// <summary>
    /// A fresh token for the same conversation and user; the secret and expired tokens are refused. Refreshing keeps
    /// a live conversation from going idle (DirectLineJS refreshes every 15 minutes while its page is open).
    /// </summary>
    public async Task RefreshAsync(HttpContext http)
    {
        if (!await limits.TryAcquireAsync(limits.Tokens, http).ConfigureAwait(false))
        {
            return;
        }

        var credential = DirectLineAuth.Bearer(http);
        if (credential is not null && Tokens.IsSecret(credential))
        {
            await auth.RefuseAsync(http, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, "The secret does not expire; only tokens can be refreshed.").ConfigureAwait(false);
            return;
        }

        if (await auth.AuthenticateAsync(http, credential, allowSecret: false).ConfigureAwait(false) is not { Claims: { } claims })
        {
            return;
        }

        store.Find(claims.ConversationId);
        var token = Tokens.Issue(claims.ConversationId, new ConversationUser(claims.UserId, claims.UserName));
        await DirectLineResponses.WriteAsync(http, StatusCodes.Status200OK, new ConversationInfo(claims.ConversationId, token, Tokens.LifetimeSeconds), DirectLineJson.Default.ConversationInfo).ConfigureAwait(false);
    }

    private async Task<bool> IsAllowedToGenerateAsync(HttpContext http)
    {
        if (!Tokens.HasSecret)
        {
            if (ClientAddress.IsLocal(http))
            {
                return true;
            }

            await auth.RefuseAsync(http, StatusCodes.Status403Forbidden, DirectLineErrors.Forbidden,
                "Without a Direct Line secret (DirectLine:Secret) tokens are handed out only to clients on this machine; configure the secret and send it as Authorization: Bearer <secret>.").ConfigureAwait(false);
            return false;
        }

        var credential = DirectLineAuth.Bearer(http);
        if (credential is null)
        {
            await auth.RefuseAsync(http, StatusCodes.Status401Unauthorized, DirectLineErrors.Unauthorized, "Send the Direct Line secret as Authorization: Bearer <secret>.").ConfigureAwait(false);
            return false;
        }

        if (!Tokens.IsSecret(credential))
        {
            await auth.RefuseAsync(http, StatusCodes.Status403Forbidden, DirectLineErrors.Forbidden, "The Direct Line secret is not valid.").ConfigureAwait(false);
            return false;
        }

        return true;
    }
}
