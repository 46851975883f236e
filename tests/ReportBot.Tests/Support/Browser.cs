using Microsoft.Playwright;

namespace ReportBot.Tests.Support;

/// <summary>Headless Chromium from the machine's package (Debian's <c>chromium</c>), driven by Playwright; one per test class.</summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<IPage> NewPageAsync()
    {
        if (browser is null)
        {
            var chromium = RequiredTool.Require("chromium", "sudo apt-get install -y chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser");
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = chromium,
                Headless = true,
                // As root in a container, and without the background traffic a closed network refuses.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        }
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "zh-CN", ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return page;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
    }
}
