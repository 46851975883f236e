using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using ReportBot.Bot;
using ReportBot.Hosting;
using ReportBot.Search.Querying;

namespace ReportBot.WebChat;

/// <summary>The chat page (wwwroot/index.html) and what it asks the bot for: its settings and, with Azure's Direct Line, a token.</summary>
internal static class WebChatEndpoints
{
    public static IServiceCollection AddWebChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatOptions>().Bind(configuration.GetSection(WebChatOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.DirectLineSecret) || Uri.TryCreate(o.DirectLineDomain, UriKind.Absolute, out _),
                "WebChat:DirectLineDomain must be an absolute URL when WebChat:DirectLineSecret is set.")
            .ValidateOnStart();
        services.AddHttpClient(nameof(WebChatEndpoints), c => c.Timeout = TimeSpan.FromSeconds(10));
        return services;
    }

    public static WebApplication MapWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapGet("/api/webchat/config", Config);
        app.MapPost("/api/webchat/token", TokenAsync);
        return app;
    }

    private static IResult Config(IReportSearcher searcher, IOptions<WebChatOptions> webChat, IOptions<ReportBotOptions> bot)
    {
        var report = searcher.Reports.FirstOrDefault();
        var external = !string.IsNullOrEmpty(webChat.Value.DirectLineSecret);
        var config = new WebChatConfig(
            report?.Title ?? "",
            report?.Publisher ?? "",
            report is null ? "" : report.Date.ToString("yyyy-MM-dd"),
            bot.Value.ExampleQuestions.Take(4).ToList(),
            string.IsNullOrEmpty(webChat.Value.DirectLineDomain) ? null : webChat.Value.DirectLineDomain,
            external ? "api/webchat/token" : "v3/directline/tokens/generate");
        return Results.Json(config, WebChatJsonContext.Readable.WebChatConfig);
    }

    /// <summary>With an external Direct Line: exchanges the secret for a conversation token, server side.</summary>
    private static async Task<IResult> TokenAsync(IOptions<WebChatOptions> options, IHttpClientFactory clients, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrEmpty(settings.DirectLineSecret))
            return Results.Problem("This bot issues Direct Line tokens itself at /v3/directline/tokens/generate.", statusCode: StatusCodes.Status404NotFound);

        using var request = new HttpRequestMessage(HttpMethod.Post, settings.DirectLineDomain!.TrimEnd('/') + "/tokens/generate");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", settings.DirectLineSecret);
        try
        {
            using var response = await clients.CreateClient(nameof(WebChatEndpoints)).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
                return Results.Problem($"The Direct Line service refused a token ({(int)response.StatusCode}).", statusCode: StatusCodes.Status502BadGateway);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            return Results.Text(body, "application/json");
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or TaskCanceledException)
        {
            return Results.Problem("The Direct Line service could not be reached for a token.", statusCode: StatusCodes.Status502BadGateway);
        }
    }
}

/// <summary>What the chat page needs to start: the report, examples, and where its Direct Line is.</summary>
internal sealed record WebChatConfig(string Title, string Publisher, string Date, IReadOnlyList<string> Examples, string? DirectLineDomain, string TokenUrl);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(WebChatConfig))]
internal sealed partial class WebChatJsonContext : JsonSerializerContext
{
    public static WebChatJsonContext Readable { get; } = new(ReadableJson.SerializerOptions());
}
