using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.DirectLine;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>
/// The Direct Line endpoint in a real Kestrel app on loopback, wired as the app does it (AddBotFrameworkAdapter,
/// an IBot, AddDirectLine, MapDirectLine; no UseWebSockets), on a <see cref="ManualClock"/>.
/// </summary>
internal sealed class DirectLineHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private DirectLineHost(WebApplication app, string baseAddress, CapturingLoggerProvider logs, ManualClock clock, IBot bot)
    {
        _app = app;
        BaseAddress = baseAddress;
        Logs = logs;
        Clock = clock;
        Bot = bot;
        Client = new HttpClient { BaseAddress = new Uri(baseAddress + "/v3/directline/"), Timeout = TimeSpan.FromSeconds(30) };
    }

    public string BaseAddress { get; }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public ManualClock Clock { get; }

    public IBot Bot { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<DirectLineHost> StartAsync(
        Action<DirectLineOptions>? configure = null,
        IBot? bot = null,
        Action<IServiceCollection>? services = null,
        Dictionary<string, string?>? configuration = null)
    {
        var logs = new CapturingLoggerProvider();
        var clock = new ManualClock();
        var builder = Loopback.CreateBuilder(logs);
        builder.Configuration.AddInMemoryCollection(configuration ?? []);
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddBotFrameworkAdapter();
        builder.Services.AddSingleton(bot ??= new WelcomeEchoBot());
        builder.Services.AddDirectLine(configure);
        services?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapDirectLine();
        return new DirectLineHost(app, await Loopback.StartAsync(app), logs, clock, bot);
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer = null, string? json = null, string contentType = "application/json", Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        configure?.Invoke(request);
        return Client.SendAsync(request);
    }

    /// <summary>POST tokens/generate (from loopback, so allowed without a secret) and the parsed answer.</summary>
    public async Task<JsonElement> GenerateTokenAsync(string? body = null, string? secret = null) =>
        await Ok.JsonAsync(await SendAsync(HttpMethod.Post, "tokens/generate", secret, body));

    /// <summary>Generates a token and starts its conversation, as Web Chat's page does.</summary>
    public async Task<StartedConversation> StartConversationAsync(string? user = null)
    {
        var generated = await GenerateTokenAsync(user is null ? null : $$$"""{"user":{"id":"{{{user}}}","name":"Tester"}}""");
        var started = await Ok.JsonAsync(await SendAsync(HttpMethod.Post, "conversations", generated.GetProperty("token").GetString(), "{\"user\":{}}"));
        return new StartedConversation(
            started.GetProperty("conversationId").GetString()!,
            started.GetProperty("token").GetString()!,
            started.GetProperty("streamUrl").GetString()!);
    }

    public Task<HttpResponseMessage> PostActivityAsync(StartedConversation conversation, string json, string? token = null, string? conversationId = null) =>
        SendAsync(HttpMethod.Post, $"conversations/{conversationId ?? conversation.Id}/activities", token ?? conversation.Token, json);

    /// <summary>A message as Web Chat posts it: from, locale and channelData.clientActivityID of its own.</summary>
    public static string WebChatMessage(string text, string clientActivityId) => JsonSerializer.Serialize(new
    {
        type = "message",
        text,
        channelId = "webchat",
        from = new { id = "webchat-user", name = "Someone", role = "user" },
        locale = "zh-CN",
        textFormat = "plain",
        channelData = new { clientActivityID = clientActivityId, clientTimestamp = "2025-06-01T08:00:00.000Z" },
    });

    public async Task<ActivitySet> GetActivitiesAsync(StartedConversation conversation, string? watermark = "", string? token = null)
    {
        var response = await SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities?watermark={watermark}", token ?? conversation.Token);
        return ActivitySet.Parse(await Ok.JsonAsync(response));
    }

    /// <summary>Stops the host gracefully, as on shutdown (ApplicationStopping fires first).</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}

internal sealed record StartedConversation(string Id, string Token, string StreamUrl);
