using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportBot.Bot;
using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Integration;
using ReportBot.Replies;
using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

namespace ReportBot.Hosting;

/// <summary>The features Program.cs adds, one call each.</summary>
internal static class ReportBotHostingExtensions
{
    /// <summary>The Bot Framework's usual local port, unless <c>--urls</c> or <c>ASPNETCORE_URLS</c> names others.</summary>
    public const string DefaultUrl = "http://localhost:3978";

    public static void UseDefaultBotUrl(this ConfigureWebHostBuilder webHost, IConfiguration configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration["urls"])) webHost.UseUrls(DefaultUrl);
    }

    /// <summary>The index store and the shared searcher; the index is built at start when missing or stale, and refreshed when rebuilt.</summary>
    public static IServiceCollection AddReportSearch(this IServiceCollection services, IConfiguration configuration)
    {
        // The index is built (when missing or stale) and the search path warmed up on another core while
        // the host starts; the searcher is ready before the first request is taken (IndexRefresher.StartAsync).
        var opening = new SearcherOpening(() => new IndexStore(DataDirectory.Resolve(null, configuration)));
        services.AddSingleton(opening);
        services.AddSingleton(_ => opening.Store);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => opening.Searcher);
        services.AddSingleton<IReportSearcher>(provider => provider.GetRequiredService<ReportSearcher>());
        services.AddHostedService<IndexRefresher>();
        return services;
    }

    /// <summary>Conversation state: Redis when <c>ReportBot:Redis</c> is set, else memory.</summary>
    public static IServiceCollection AddConversationState(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration[$"{ReportBotOptions.Section}:{nameof(ReportBotOptions.Redis)}"];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddDistributedMemoryCache();
        }
        else
        {
            services.AddStackExchangeRedisCache(o => o.Configuration = redis);
        }
        services.AddSingleton<ConversationStore>();
        return services;
    }

    /// <summary>The report bot on the Bot Framework protocol, its settings checked at start.</summary>
    public static IServiceCollection AddReportBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReportBotOptions>()
            .Bind(configuration.GetSection(ReportBotOptions.Section))
            .Validate(o => o.ResultsPerPage is >= 1 and <= 10, "ReportBot:ResultsPerPage must be from 1 to 10.")
            .Validate(o => o.StateMinutes is >= 1 and <= 7 * 24 * 60, "ReportBot:StateMinutes must be from 1 to 10080 (a week).")
            .ValidateOnStart();
        services.AddBotFrameworkAdapter(o => o.ErrorReplyText = "抱歉，回答这个问题时出错了，请稍后再试。Sorry, something went wrong while answering; please try again.");
        // No MicrosoftAppId: anonymous, for the Emulator on localhost. With one: only the Bot Connector gets in.
        services.AddBotFrameworkAuthentication(configuration);
        services.AddSingleton<ReplyFactory>();
        services.AddTransient<IBot, ReportQnaBot>();
        return services;
    }

    /// <summary><c>/api/messages</c> for the Emulator and every channel, and <c>/healthz</c>.</summary>
    public static WebApplication MapReportBot(this WebApplication app)
    {
        app.Map("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken) =>
            adapter.ProcessAsync(request, response, bot, cancellationToken));
        app.MapGet("/healthz", (ReportSearcher searcher) => Results.Json(new Health("ok", searcher.PassageCount, searcher.Reports.Select(r => r.Title).ToList()), HostingJsonContext.Readable.Health));
        return app;
    }
}
