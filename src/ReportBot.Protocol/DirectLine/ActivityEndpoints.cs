using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;

namespace ReportBot.Protocol.DirectLine;

/// <summary><c>GET</c> and <c>POST /conversations/{id}/activities</c>.</summary>
internal sealed class ActivityEndpoints(
    DirectLineAuth auth,
    DirectLineRateLimits limits,
    ConversationStore store,
    DirectLineTurns turns,
    IOptions<DirectLineOptions> options)
{
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>Polling: the activities after <c>watermark</c>, at most a page, and the watermark to ask with next.</summary>
    public async Task GetAsync(HttpContext http, string conversationId)
    {
        if (await FindAsync(http, conversationId).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        if (!Watermark.TryRead(http.Request, out var watermark))
        {
            await Watermark.RefuseAsync(http).ConfigureAwait(false);
            return;
        }

        var page = found.Conversation.Read(watermark, _options.PageSize);
        await DirectLineResponses.WriteJsonAsync(http, page.ToActivitySetJson()).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends one activity: from = the token's user, id and timestamp assigned, stored (the echo), then the bot's turn.
    /// 200 <c>{"id"}</c>; 502 BotError when the bot failed past the adapter's error handling (the activity is kept).
    /// </summary>
    public async Task PostAsync(HttpContext http, string conversationId)
    {
        if (!await limits.TryAcquireAsync(limits.Activities, http).ConfigureAwait(false)
            || await FindAsync(http, conversationId).ConfigureAwait(false) is not { } found)
        {
            return;
        }

        var read = await JsonBody.ReadAsync(http.Request, _options.MaxActivityBytes, allowEmptyWithoutContentType: false, http.RequestAborted).ConfigureAwait(false);
        if (read.Body is null)
        {
            await read.RefuseAsync(http).ConfigureAwait(false);
            return;
        }

        if (BodyParser.Activity(read.Body, out var problem) is not { } activity)
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status400BadRequest, DirectLineErrors.BadArgument, problem!).ConfigureAwait(false);
            return;
        }

        if (!store.Budget.HasRoomFor(read.Body.Length))
        {
            store.Sweep();
        }

        if (!store.Budget.HasRoomFor(read.Body.Length))
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, DirectLineErrors.ServiceUnavailable,
                "The bot holds as much conversation history as it may; try again later.", TimeSpan.FromMinutes(1)).ConfigureAwait(false);
            return;
        }

        var user = found.Caller.Claims is { } claims ? new ConversationUser(claims.UserId, claims.UserName) : found.Conversation.User;
        var (id, outcome) = await turns.PostAsync(found.Conversation, activity, user, http.RequestServices.GetRequiredService<IBot>()).ConfigureAwait(false);
        await (outcome switch
        {
            TurnOutcome.Completed => DirectLineResponses.WriteAsync(http, StatusCodes.Status200OK, new PostedActivity(id), DirectLineJson.Default.PostedActivity),
            TurnOutcome.Failed => DirectLineErrors.WriteAsync(http, StatusCodes.Status502BadGateway, DirectLineErrors.BotError, $"The bot failed to process activity {id}; the activity was delivered and kept."),
            _ => DirectLineErrors.WriteAsync(http, StatusCodes.Status503ServiceUnavailable, DirectLineErrors.ServiceUnavailable, $"The bot is shutting down; activity {id} was kept but not answered."),
        }).ConfigureAwait(false);
    }

    private async Task<(Caller Caller, DirectLineConversation Conversation)?> FindAsync(HttpContext http, string conversationId)
    {
        if (await auth.AuthorizeAsync(http, conversationId, DirectLineAuth.Bearer(http)).ConfigureAwait(false) is not { } caller)
        {
            return null;
        }

        if (await store.FindOrRefuseAsync(http, conversationId).ConfigureAwait(false) is not { } conversation)
        {
            return null;
        }

        return (caller, conversation);
    }
}
