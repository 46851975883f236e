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
    IOptions<ReportBotOptions> options) : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        var text = MessageText.Of(activity);
        if (BotCommands.QuestionOf(activity.Value) is { } carried) text = carried;

        if (text.Length == 0 && activity.Attachments is { Count: > 0 })
        {
            var language = ReplyLanguages.For(activity.Locale, null);
            await turnContext.SendActivityAsync(replies.AttachmentWithoutText(language), cancellationToken);
            return;
        }

        switch (BotCommands.Recognize(text, activity.Value))
        {
            case BotCommand.Help:
                await turnContext.SendActivityAsync(replies.Help(ReplyLanguages.For(activity.Locale, text), activity.ChannelId), cancellationToken);
                return;
            case BotCommand.More:
                await MoreAsync(turnContext, cancellationToken);
                return;
            default:
                await AnswerAsync(turnContext, text, cancellationToken);
                return;
        }
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = ((ITurnContext)turnContext).Activity;
        if (!membersAdded.Any(m => m.Id != activity.Recipient?.Id)) return;
        var language = ReplyLanguages.For(activity.Locale, null);
        await turnContext.SendActivityAsync(replies.Welcome(searcher.Reports, language, activity.ChannelId), cancellationToken);
    }

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
        await turnContext.SendActivityAsync(replies.Answer(answer, language, activity.ChannelId, state.Asked, continuation: false), cancellationToken);
    }

    private async Task MoreAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var state = await conversations.LoadAsync(activity, cancellationToken);
        var language = state.LastQuestion is null ? ReplyLanguages.For(activity.Locale, activity.Text) : state.English ? ReplyLanguage.English : ReplyLanguage.Chinese;
        if (state.LastQuestion is null)
        {
            await turnContext.SendActivityAsync(replies.Help(language, activity.ChannelId), cancellationToken);
            return;
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypes.Typing), cancellationToken);
        var answer = searcher.Search(state.LastQuestion, options.Value.ResultsPerPage, skip: state.Shown);
        await conversations.SaveAsync(activity, state with { Shown = state.Shown + answer.Hits.Count }, cancellationToken);
        await turnContext.SendActivityAsync(replies.Answer(answer, language, activity.ChannelId, state.Asked, continuation: true), cancellationToken);
    }
}
