using Microsoft.Extensions.Options;
using ReportBot.Bot;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Search.Querying;

namespace ReportBot.Replies;

/// <summary>
/// Turns answers and the bot's other messages into activities for a channel: Markdown text (always, the
/// fallback), an Adaptive Card and citations where the channel renders them, and suggested actions.
/// </summary>
internal sealed class ReplyFactory(IOptions<ReportBotOptions> options)
{
    private const int FollowUps = 2;

    public Activity Answer(Answer answer, ReplyLanguage language, Activity inbound, IReadOnlyList<string> asked, bool continuation)
    {
        var labels = Labels.For(language);
        var channelId = inbound.ChannelId;
        var citations = ChannelFeatures.Citations(channelId);
        var reply = Message(AnswerMarkdown.Render(answer, language, continuation, citations));
        var hasMore = answer.Hits.Count > 0 && answer.Hits[^1].Rank < answer.TotalHits;

        var actions = new List<(string Value, CardButton Button)>();
        if (hasMore && answer.Status is AnswerStatus.Answered or AnswerStatus.NotCovered)
            actions.Add((labels.More, new CardButton(labels.MoreAction, "more")));
        foreach (var question in FollowUpQuestions(language, asked).Take(FollowUps))
            actions.Add((question, new CardButton(question, "ask", question)));
        reply.SuggestedActions = SuggestedActionsFor(inbound, actions.Select(a => (a.Button.Title, a.Value)));

        if (answer.Hits.Count > 0)
        {
            reply.Entities = citations switch
            {
                CitationStyle.WebChat => answer.Hits.Select(hit => Citations.WebChatClaim(hit, language)).ToList(),
                CitationStyle.Teams => [Citations.TeamsMessage(answer.Hits, language)],
                _ => reply.Entities,
            };
        }
        if (ChannelFeatures.RendersAdaptiveCards(channelId) && answer.Status == AnswerStatus.Answered && answer.Hits.Count > 0 && !continuation)
        {
            reply.Attachments = [AdaptiveCard.ForHit(answer.Hits[0], language, actions.Select(a => a.Button))];
        }
        return reply;
    }

    public Activity Welcome(IReadOnlyList<ReportSummary> reports, ReplyLanguage language, Activity inbound)
    {
        var english = language == ReplyLanguage.English;
        var report = reports.FirstOrDefault();
        var about = report is null ? "" : english
            ? $"I answer questions about the report 《{report.Title}》 ({report.PublisherEn ?? report.Publisher}, {report.Date:yyyy-MM-dd}), quoting the sentences that answer them and where they stand."
            : $"我可以回答关于《{report.Title}》（{report.Publisher}，{report.Date:yyyy年M月d日}）的问题，并引用报告原文、注明出处。";
        var how = english
            ? "Ask a question in Chinese or English, e.g. about a figure, a project, a place or a person. Say **more** for further results and **help** for help."
            : "直接输入问题即可，例如数字、项目、地点或人物。输入“**更多**”查看更多结果，输入“**帮助**”查看说明。";
        return WithExamples(Message($"{about}\n\n{how}"), language, inbound);
    }

    public Activity Help(ReplyLanguage language, Activity inbound)
    {
        var text = language == ReplyLanguage.English
            ? "**How to use this bot**\n\n- Ask a question about the report; the answer quotes the report, with the words you asked about in bold and the article, section and paragraph it comes from.\n- **more**: the next results of your last question.\n- **help**: this message.\n\nQuestions the report does not answer get an honest \"not found\"."
            : "**使用说明**\n\n- 输入关于报告的问题，回答会引用报告原文，加粗你问到的词，并注明文章、章节和段落。\n- **更多**：上一个问题的更多结果。\n- **帮助**：显示本说明。\n\n报告里没有答案的问题，会如实告诉你没有找到。";
        return WithExamples(Message(text), language, inbound);
    }

    public Activity AttachmentWithoutText(ReplyLanguage language) => Message(language == ReplyLanguage.English
        ? "I can only read questions typed as text; attachments are not read. Please type your question."
        : "我只能回答文字问题，暂时无法读取附件。请直接输入你的问题。");

    private Activity WithExamples(Activity message, ReplyLanguage language, Activity inbound)
    {
        var examples = Examples(language).Take(3).ToList();
        message.SuggestedActions = SuggestedActionsFor(inbound, examples.Select(q => (q, q)));
        return message;
    }

    private IEnumerable<string> FollowUpQuestions(ReplyLanguage language, IReadOnlyList<string> asked) =>
        Examples(language).Where(q => !asked.Contains(q, StringComparer.Ordinal));

    private List<string> Examples(ReplyLanguage language) =>
        language == ReplyLanguage.English && options.Value.ExampleQuestionsEn.Count > 0 ? options.Value.ExampleQuestionsEn : options.Value.ExampleQuestions;

    private static SuggestedActions? SuggestedActionsFor(Activity inbound, IEnumerable<(string Title, string Value)> actions)
    {
        if (!ChannelFeatures.ShowsSuggestedActions(inbound)) return null;
        var list = actions.Select(a => new CardAction(ActionTypes.ImBack, a.Title, value: a.Value)).ToList();
        return list.Count == 0 ? null : new SuggestedActions(actions: list);
    }

    private static Activity Message(string text)
    {
        var message = (Activity)MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Markdown;
        return message;
    }
}
