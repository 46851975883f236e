using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// <c>GET /conversations/{id}/stream?t={ticket}[&amp;watermark=N]</c>: the WebSocket stream. <c>t</c> must be a stream
/// ticket of this conversation (the secret and bearer tokens are not accepted in a URL). A new socket replaces the
/// older one, which is closed with reason "collision".
/// </summary>
internal sealed class StreamEndpoint(
    DirectLineAuth auth,
    ConversationStore store,
    IOptions<DirectLineOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<StreamEndpoint> logger)
{
    public async Task ConnectAsync(HttpContext http, string conversationId)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument,
                "This URL takes a WebSocket upgrade; open the streamUrl from POST /conversations with a WebSocket client.").ConfigureAwait(false);
            return;
        }

        var ticket = http.Request.Query["t"].ToString();
        if (await auth.AuthorizeAsync(http, conversationId, string.IsNullOrEmpty(ticket) ? null : ticket, allowSecret: false, DirectLineTokens.StreamScope).ConfigureAwait(false) is null)
        {
            return;
        }

        if (await store.FindWithWatermarkOrRefuseAsync(http, conversationId).ConfigureAwait(false) is not var (conversation, watermark))
        {
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var subscriber = new StreamSubscriber();
        conversation.Subscribe(subscriber);
        DirectLineLog.StreamOpened(logger, conversation.Id);
        try
        {
            var session = new StreamSession(socket, conversation, subscriber, options.Value.PageSize);
            var reason = await session.RunAsync(watermark, lifetime.ApplicationStopping).ConfigureAwait(false);
            DirectLineLog.StreamClosed(logger, conversation.Id, reason);
        }
        finally
        {
            conversation.Unsubscribe(subscriber);
        }
    }
}
