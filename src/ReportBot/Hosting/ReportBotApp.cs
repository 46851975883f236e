using ReportBot.Protocol.DirectLine;
using ReportBot.WebChat;

namespace ReportBot.Hosting;

/// <summary>The bot's web application, as Program.cs runs it and as the end-to-end tests start it.</summary>
internal static class ReportBotApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

        // The Bot Framework's usual port, http://localhost:3978, unless --urls or ASPNETCORE_URLS say otherwise.
        builder.WebHost.UseDefaultBotUrl(builder.Configuration);

        // The report's index and searcher: built at start when missing or stale, refreshed when rebuilt.
        builder.Services.AddReportSearch(builder.Configuration);

        // Per-conversation state ("more"): in memory, or in Redis when ReportBot:Redis is set.
        builder.Services.AddConversationState(builder.Configuration);

        // The bot on the Bot Framework Activity protocol.
        builder.Services.AddReportBot(builder.Configuration);

        // The chat page: Web Chat from wwwroot, on this bot's own Direct Line 3.0 endpoint (or Azure's).
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddDirectLine(o => o.BotName = "报告问答");

        configure?.Invoke(builder);
        var app = builder.Build();
        app.Services.GetRequiredService<SearcherOpening>().Start();

        // POST /api/messages for the Emulator and every channel; GET /healthz.
        app.MapReportBot();

        // GET / (the chat page) and its settings; /v3/directline for Web Chat.
        app.MapWebChat();
        app.MapDirectLine();
        return app;
    }
}
