using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Replies;
using ReportBot.Search.Querying;

namespace ReportBot.Bot;

/// <summary>
/// The report bot: the one class that joins the search core and the protocol. It welcomes people,
/// answers questions with quotes, pages through further results, and explains itself.
/// </summary>
internal sealed class ReportQnaBot(
    IReportSearcher searcher,
    ConversationStore conversations,
    ReplyFactory replies,
    IOptions<ReportBotOptions> options,
    ILogger<ReportQnaBot> logger) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        var text = MessageText.Of(activity);
        if (BotCommands.QuestionOf(activity.Value) is { } carried) text = carried;

        // Teams adds an HTML copy of every message as an attachment; only other attachments are the user's.
        if (text.Length == 0 && activity.Attachments?.Any(a => a.ContentType != "text/html") == true)
        {
            var language = ReplyLanguages.For(activity.Locale, null);
            await turnContext.SendActivityAsync(replies.AttachmentWithoutText(language), cancellationToken);
            return;
        }

        switch (BotCommands.Recognize(text, activity.Value))
        {
            case BotCommand.Help:
                await turnContext.SendActivityAsync(replies.Help(ReplyLanguages.For(activity.Locale, text), activity), cancellationToken);
                return;
            case BotCommand.More:
                await MoreAsync(turnContext, cancellationToken);
                return;
            default:
                await AnswerAsync(turnContext, text, cancellationToken);
                return;
        }
    }

    /// <summary>
    /// Welcomes a person who joins, once per conversation. In a Teams team or group chat only the bot's
    /// own arrival (its installation there) is greeted, not every member who joins later.
    /// </summary>
    protected override async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        var added = activity.MembersAdded ?? [];
        var botAdded = added.Any(m => m.Id == activity.Recipient?.Id);
        var userAdded = added.Any(m => m.Id != activity.Recipient?.Id);
        var inTeamOrGroup = activity.ChannelId == Channels.Msteams && activity.Conversation?.IsGroup == true;
        if (!(inTeamOrGroup ? botAdded : userAdded)) return;
        if (!await conversations.TryMarkWelcomedAsync(activity, cancellationToken)) return;

        var language = ReplyLanguages.For(activity.Locale, null);
        await turnContext.SendActivityAsync(replies.Welcome(searcher.Reports, language, activity), cancellationToken);
    }

    /// <summary>Teams' feedback buttons (<c>message/submitAction</c>) and card actions get the 200 Teams expects; other invokes the SDK's 501.</summary>
    protected override async Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        switch (activity.Name)
        {
            case "message/submitAction":
                BotLog.Feedback(logger, activity.ChannelId, activity.ReplyToId);
                return new InvokeResponse(200, new JsonObject());
            case "adaptiveCard/action" when BotCommands.QuestionOf(DataOf(activity.Value)) is { } question:
                await AnswerAsync(turnContext, question, cancellationToken);
                return new InvokeResponse(200, new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = "" });
            default:
                return await base.OnInvokeActivityAsync(turnContext, cancellationToken);
        }
    }

    /// <summary>A reaction (👍 on an answer) is noted in the log; nothing is sent back, as Teams expects.</summary>
    protected override Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        foreach (var reaction in messageReactions) BotLog.Reaction(logger, reaction.Type, activity.ChannelId, activity.ReplyToId);
        return Task.CompletedTask;
    }

    private static object? DataOf(object? value) =>
        value is JsonElement { ValueKind: JsonValueKind.Object } element && element.TryGetProperty("action", out var action)
        && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data) ? data : value;

    protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) =>
        conversations.ClearAsync(((ITurnContext)turnContext).Activity, cancellationToken);

    private async Task AnswerAsync(ITurnContext turnContext, string question, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);

        var answer = searcher.Search(question, options.Value.ResultsPerPage);
        var language = ReplyLanguages.For(activity.Locale, answer.EffectiveQuestion);
        var state = await conversations.LoadAsync(activity, cancellationToken);
        if (answer.Status != AnswerStatus.EmptyQuestion)
        {
            state = new ConversationState(question, answer.Hits.Count, language == ReplyLanguage.English, [.. state.Asked, question]);
            await conversations.SaveAsync(activity, state, cancellationToken);
        }
        await turnContext.SendActivityAsync(replies.Answer(answer, language, activity, state.Asked, continuation: false), cancellationToken);
    }

    private async Task MoreAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var state = await conversations.LoadAsync(activity, cancellationToken);
        var language = state.LastQuestion is null ? ReplyLanguages.For(activity.Locale, activity.Text) : state.English ? ReplyLanguage.English : ReplyLanguage.Chinese;
        if (state.LastQuestion is null)
        {
            await turnContext.SendActivityAsync(replies.Help(language, activity), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        var answer = searcher.Search(state.LastQuestion, options.Value.ResultsPerPage, skip: state.Shown);
        await conversations.SaveAsync(activity, state with { Shown = state.Shown + answer.Hits.Count }, cancellationToken);
        await turnContext.SendActivityAsync(replies.Answer(answer, language, activity, state.Asked, continuation: true), cancellationToken);
    }
}
