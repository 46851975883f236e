using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>A conversation as a person has it in the Bot Framework Emulator, over real HTTP: the bot replies to the Emulator's serviceUrl.</summary>
public sealed class EmulatorTranscriptTests(BotAppFixture fixture) : IClassFixture<BotAppFixture>
{
    private readonly Emulator emulator = new(fixture.Channel.ServiceUrl);

    /// <summary>Posts an activity and returns what the bot sent back to this conversation for it.</summary>
    private async Task<IReadOnlyList<FakeChannel.ReceivedRequest>> SendAsync(Activity activity)
    {
        var response = await fixture.Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return fixture.Channel.Received.Where(r => r.RawTarget == emulator.ReplyPath(activity)).ToList();
    }

    private async Task<Activity> AskAsync(string text)
    {
        var received = await SendAsync(emulator.Message(text));
        Assert.Equal(2, received.Count);
        Assert.Equal(ActivityTypes.Typing, received[0].Activity.Type);
        var reply = received[1].Activity;
        Assert.Equal(ActivityTypes.Message, reply.Type);
        return reply;
    }

    [Fact]
    public async Task AUserJoiningIsWelcomedWithWhatTheBotKnowsAndThreeExamples()
    {
        var received = await SendAsync(emulator.ConversationUpdate(Emulator.BotId, Emulator.UserId));

        var welcome = Assert.Single(received).Activity;
        Assert.Contains("弘扬“中国—中亚精神”：区域合作的成就、机遇与展望", welcome.Text);
        Assert.Contains("新华社", welcome.Text);
        Assert.Contains("2025年6月22日", welcome.Text);
        Assert.Equal(3, welcome.SuggestedActions!.Actions!.Count);
        Assert.All(welcome.SuggestedActions.Actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(Emulator.UserId, welcome.Recipient!.Id);
        Assert.Equal(Emulator.BotId, welcome.From!.Id);
    }

    [Fact]
    public async Task OnlyTheBotJoiningIsNotWelcomed() =>
        Assert.Empty(await SendAsync(emulator.ConversationUpdate(Emulator.BotId)));

    [Fact]
    public async Task AQuestionGetsTypingThenTheQuoteInBoldWithItsSource()
    {
        var reply = await AskAsync("2024年中国同中亚国家贸易总额是多少？");

        Assert.Equal("markdown", reply.TextFormat);
        var lines = reply.Text!.Split('\n');
        Assert.StartsWith("> **2024**年，**中国同中亚国家贸易总额**达948亿美元", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("来源：《共筑中国—中亚命运共同体》 · 中国—中亚打造区域合作典范 · 第3段 · 新华社 · 2025-06-22", StringComparison.Ordinal));
        Assert.Equal("act-" + reply.ReplyToId![4..], reply.ReplyToId);
    }

    [Fact]
    public async Task TheAnswerCarriesAnAdaptiveCardWithTheQuoteTheSourceFactsAndActions()
    {
        var reply = await AskAsync("哈萨克斯坦");

        var card = Assert.Single(reply.Attachments!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
        var content = (JsonElement)card.Content!;
        Assert.Equal("1.5", content.GetProperty("version").GetString());
        Assert.Contains("**哈萨克斯坦**", content.GetProperty("body")[0].GetProperty("text").GetString());
        var facts = content.GetProperty("body")[1].GetProperty("facts").EnumerateArray().Select(f => f.GetProperty("value").GetString()).ToList();
        Assert.Contains("《共筑中国—中亚命运共同体》", facts);
        Assert.Contains("新华社 · 2025-06-22", facts);
        Assert.Contains(content.GetProperty("actions").EnumerateArray(), a => a.GetProperty("data").GetProperty("action").GetString() == "more");
    }

    [Fact]
    public async Task MoreGivesTheNextResultsOfTheLastQuestionThenSaysThereAreNoMore()
    {
        var first = await AskAsync("哈萨克斯坦");
        Assert.Contains(first.SuggestedActions!.Actions!, a => a.Title == "更多结果");
        Assert.Contains("\n**2.** ", first.Text);
        Assert.Contains("\n**3.** ", first.Text);

        var more = await AskAsync("更多");
        Assert.StartsWith("**4.** ", more.Text);
        Assert.DoesNotContain("**1.** ", more.Text);

        var rest = await AskAsync("更多");
        Assert.StartsWith("**7.** ", rest.Text);
        var none = await AskAsync("更多");
        Assert.Equal("这个问题没有更多结果了。", none.Text);
    }

    [Fact]
    public async Task ACardsMoreButtonWorksLikeTypingMore()
    {
        await AskAsync("哈萨克斯坦");
        var button = emulator.Message(null);
        button.Value = JsonSerializer.SerializeToElement(new { action = "more" });
        var received = await SendAsync(button);
        Assert.StartsWith("**4.** ", received[^1].Activity.Text);
    }

    [Fact]
    public async Task MoreBeforeAnyQuestionExplainsHowToAsk() =>
        Assert.Contains("使用说明", Assert.Single(await SendAsync(emulator.Message("更多"))).Activity.Text);

    [Theory]
    [InlineData("帮助", "使用说明")]
    [InlineData("help", "How to use this bot")]
    public async Task HelpExplainsTheBotInTheUsersLanguage(string text, string expected)
    {
        var received = await SendAsync(emulator.Message(text));
        var help = Assert.Single(received).Activity;
        Assert.Contains(expected, help.Text);
        Assert.NotEmpty(help.SuggestedActions!.Actions!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀👍")]
    [InlineData("？？？")]
    public async Task AMessageWithNothingToAskGetsAPromptForAQuestion(string text)
    {
        var reply = await AskAsync(text);
        Assert.StartsWith("请输入一个关于报告的问题", reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task AnAttachmentWithoutTextIsExplainedPolitely()
    {
        var message = emulator.Message(null);
        message.Attachments = [new Attachment("image/png", contentUrl: "https://example.invalid/a.png", name: "a.png")];
        var reply = Assert.Single(await SendAsync(message)).Activity;
        Assert.Contains("无法读取附件", reply.Text);
    }

    [Fact]
    public async Task TextOver1000CharactersIsAnsweredForItsStartAndSaysSo()
    {
        var reply = await AskAsync("2024年中国同中亚国家贸易总额是多少？" + new string('啊', 2000));
        Assert.StartsWith("（问题太长，只按前500个字符作答。）", reply.Text);
        Assert.Contains("948亿美元", reply.Text);
    }

    [Fact]
    public async Task AnEnglishQuestionGetsEnglishLabels()
    {
        var reply = await AskAsync("What was the total trade between China and Central Asian countries in 2024?");
        Assert.Contains("948亿美元", reply.Text);
        Assert.Contains("\n\nSource: article “共筑中国—中亚命运共同体”", reply.Text);
        Assert.Contains("Xinhua News Agency", reply.Text);
    }

    [Fact]
    public async Task AQuestionTheReportDoesNotAnswerIsDeclinedHonestly()
    {
        var reply = await AskAsync("今天北京天气怎么样？");
        Assert.StartsWith("报告里没有找到这个问题的答案", reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task AQuestionAboutSomethingTheReportNeverMentionsGetsRelatedReadingMarkedAsSuch()
    {
        var reply = await AskAsync("中国同东南亚国家的贸易额是多少？");
        Assert.StartsWith("报告没有涉及“东南亚”", reply.Text);
        Assert.Contains("**1.** ", reply.Text);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAcceptedAndNotAnswered() =>
        Assert.Empty(await SendAsync(emulator.Stamp(new Activity("somethingNew"))));
}
