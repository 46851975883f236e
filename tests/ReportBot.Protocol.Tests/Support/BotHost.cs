using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.Support;

/// <summary>
/// The adapter in a real Kestrel app on loopback, wired the way the app will be: AddBotFrameworkAdapter and the
/// one-line /api/messages endpoint. Retries are fast (milliseconds) so failure tests stay quick.
/// </summary>
internal sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, string baseAddress, CapturingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(30) };
    }

    public HttpClient Client { get; }

    public CapturingLoggerProvider Logs { get; }

    public CloudAdapter Adapter => _app.Services.GetRequiredService<CloudAdapter>();

    /// <param name="bot">The bot under test.</param>
    /// <param name="configure">Extra registrations (auth, token provider, options), applied after the defaults.</param>
    /// <param name="mapAllMethods">Map /api/messages for every method, so the adapter itself answers non-POSTs.</param>
    public static async Task<BotHost> StartAsync(IBot bot, Action<IServiceCollection>? configure = null, bool mapAllMethods = false)
    {
        var logs = new CapturingLoggerProvider();
        var builder = Loopback.CreateBuilder(logs);
        builder.Services.AddBotFrameworkAdapter();
        builder.Services.Configure<ConnectorClientOptions>(o =>
        {
            o.BaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxDelay = TimeSpan.FromMilliseconds(20);
            o.AttemptTimeout = TimeSpan.FromSeconds(2);
        });
        builder.Services.AddSingleton(bot);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        if (mapAllMethods)
        {
            app.Map("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) => adapter.ProcessAsync(req, res, bot, ct));
        }
        else
        {
            app.MapPost("/api/messages", (HttpRequest req, HttpResponse res, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken ct) => adapter.ProcessAsync(req, res, bot, ct));
        }

        return new BotHost(app, await Loopback.StartAsync(app), logs);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity, string? authorization = null) =>
        PostJsonAsync(ProtocolJson.Serialize(activity), authorization: authorization);

    public Task<HttpResponseMessage> PostJsonAsync(string json, string contentType = "application/json", string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(json, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
