using Microsoft.Playwright;
using ReportBot.Search.Tests.Support;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.WebChat;

/// <summary>
/// The chat page in a real browser: the official Web Chat bundle served by the bot, talking to the bot's
/// own Direct Line over WebSocket streaming or polling, showing quotes, sources, citations and actions.
/// </summary>
public sealed class WebChatBrowserTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private BotApp bot = null!;

    public async Task InitializeAsync() => bot = await BotApp.StartAsync();

    public async Task DisposeAsync() => await bot.DisposeAsync();

    private async Task<IPage> OpenAsync(string query = "")
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(bot.BaseAddress + "/" + query);
        // The bot's welcome arrives first.
        await Assertions.Expect(BotBubbles(page).First).ToContainTextAsync("新华社", new() { Timeout = 20_000 });
        return page;
    }

    private static ILocator BotBubbles(IPage page) => page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    private static async Task AskAsync(IPage page, string question)
    {
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(question);
        await input.PressAsync("Enter");
    }

    private static string Artifact(string name)
    {
        var folder = Path.Combine(RepositoryPaths.Root, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [SkippableFact]
    public async Task OverWebSocketAQuestionIsAnsweredWithTheQuoteItsSourceAndMoreResultsOnClick()
    {
        var page = await OpenAsync();
        await Assertions.Expect(page.Locator("#title")).ToContainTextAsync("弘扬“中国—中亚精神”");

        await AskAsync(page, "2024年中国同中亚国家贸易总额是多少？");
        var answer = BotBubbles(page).Filter(new() { HasText = "948亿美元" }).First;
        await Assertions.Expect(answer).ToBeVisibleAsync();
        await Assertions.Expect(answer).ToContainTextAsync("第3段");
        await Assertions.Expect(answer.Locator("blockquote strong").First).ToContainTextAsync("2024");
        await page.ScreenshotAsync(new() { Path = Artifact("webchat-answered.png"), FullPage = true });

        await AskAsync(page, "哈萨克斯坦");
        await page.Locator(".webchat__suggested-action", new() { HasText = "更多结果" }).ClickAsync();
        await Assertions.Expect(BotBubbles(page).Filter(new() { HasText = "4." }).Last).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task OverPollingTheSameConversationWorks()
    {
        var page = await OpenAsync("?transport=polling");
        await AskAsync(page, "三股势力");
        await Assertions.Expect(BotBubbles(page).Filter(new() { HasText = "零容忍" }).First).ToBeVisibleAsync();
        // The user's own message is marked as sent (Direct Line echoed it back).
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user", new() { HasText = "三股势力" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Send failed")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task ACitationOpensTheWholeParagraphItQuotes()
    {
        var page = await OpenAsync();
        await AskAsync(page, "2024年中国同中亚国家贸易总额是多少？");
        await Assertions.Expect(BotBubbles(page).Filter(new() { HasText = "948亿美元" }).First).ToBeVisibleAsync();

        await page.Locator(".webchat__link-definitions__list-item, .webchat__link-definitions__badge, [data-testid='citation']").First.ClickAsync();
        await Assertions.Expect(page.GetByText("这是中国—中亚经贸合作的一个缩影", new() { Exact = false }).First).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task ReloadingStartsANewConversation()
    {
        var page = await OpenAsync();
        await AskAsync(page, "三股势力");
        await Assertions.Expect(BotBubbles(page).Filter(new() { HasText = "零容忍" }).First).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Assertions.Expect(BotBubbles(page).First).ToContainTextAsync("新华社", new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator(".webchat__bubble--from-user")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task AnExampleQuestionInTheHeaderIsSentWithOneClick()
    {
        var page = await OpenAsync();
        await page.Locator("#examples button").First.ClickAsync();
        await Assertions.Expect(BotBubbles(page).Filter(new() { HasText = "948亿美元" }).First).ToBeVisibleAsync();
    }
}
