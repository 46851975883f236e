using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Builder;

namespace ReportBot.Protocol.DirectLine;

/// <summary><c>POST /conversations</c> (start) and <c>GET /conversations/{id}</c> (reconnect).</summary>
internal sealed class ConversationEndpoints(DirectLineAuth auth, DirectLineRateLimits limits, ConversationStore store, DirectLineTurns turns)
{
    private static readonly TimeSpan RetryWhenFull = TimeSpan.FromMinutes(1);

    private DirectLineTokens Tokens => auth.Tokens;

    /// <summary>
    /// Starts the token's conversation (201; 200 when it is already live), or with the secret a new one for the user
    /// in the body. A new conversation first sends the bot its conversationUpdate, so the welcome is queued.
    /// </summary>
    public async Task StartAsync(HttpContext http)
    {
        if (!await limits.TryAcquireAsync(limits.Tokens, http).ConfigureAwait(false)
            || await auth.AuthenticateAsync(http, DirectLineAuth.Bearer(http)).ConfigureAwait(false) is not { } caller)
        {
            return;
        }

        var parameters = await TokenParametersBody.ReadAsync(http).ConfigureAwait(false);
        if (!parameters.Ok)
        {
            return;
        }

        var (id, user) = caller.Claims is { } claims
            ? (claims.ConversationId, new ConversationUser(claims.UserId, claims.UserName))
            : (DirectLineIds.NewConversationId(), parameters.User!);
        if (store.Start(id, user, out var created) is not { } conversation)
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, DirectLineErrors.ServiceUnavailable,
                "The bot has as many conversations as it can hold; try again later.", RetryWhenFull).ConfigureAwait(false);
            return;
        }

        if (created)
        {
            await turns.StartAsync(conversation, http.RequestServices.GetRequiredService<IBot>(), parameters.Locale).ConfigureAwait(false);
        }

        await WriteAsync(http, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, conversation, watermark: null).ConfigureAwait(false);
    }

    /// <summary>A fresh token and stream URL for a live conversation (DirectLineJS calls this before reconnecting its socket).</summary>
    public async Task ReconnectAsync(HttpContext http, string conversationId)
    {
        if (!await limits.TryAcquireAsync(limits.Tokens, http).ConfigureAwait(false)
            || await auth.AuthorizeAsync(http, conversationId, DirectLineAuth.Bearer(http)).ConfigureAwait(false) is null)
        {
            return;
        }

        if (await store.FindWithWatermarkOrRefuseAsync(http, conversationId).ConfigureAwait(false) is not var (conversation, watermark))
        {
            return;
        }

        await WriteAsync(http, StatusCodes.Status200OK, conversation, http.Request.Query.ContainsKey("watermark") ? watermark : null).ConfigureAwait(false);
    }

    private Task WriteAsync(HttpContext http, int status, DirectLineConversation conversation, long? watermark)
    {
        var token = Tokens.Issue(conversation.Id, conversation.User);
        var ticket = Tokens.IssueStreamTicket(conversation.Id, conversation.User);
        var info = new ConversationInfo(conversation.Id, token, Tokens.LifetimeSeconds, StreamUrl(http.Request, conversation.Id, ticket, watermark));
        return DirectLineResponses.WriteAsync(http, status, info, DirectLineJson.Default.ConversationInfo);
    }

    /// <summary><c>ws(s)://{host}{pathBase}/v3/directline/conversations/{id}/stream?t={ticket}[&amp;watermark=N]</c>.</summary>
    private static string StreamUrl(HttpRequest request, string conversationId, string ticket, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}{DirectLineEndpointRouteBuilderExtensions.BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(ticket)}";
        return watermark is { } value ? url + "&watermark=" + value.ToString(CultureInfo.InvariantCulture) : url;
    }
}
