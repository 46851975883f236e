using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Hosting;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Tests.Support;

/// <summary>The real bot (Program's own composition) on Kestrel at 127.0.0.1 with a port of its own and a data folder of its own.</summary>
internal sealed class BotApp : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TemporaryDataFolder? ownData;

    private BotApp(WebApplication app, string baseAddress, CapturingLoggerProvider logs, TemporaryDataFolder? ownData)
    {
        this.app = app;
        this.ownData = ownData;
        BaseAddress = baseAddress;
        Logs = logs;
        Client = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(60) };
    }

    public string BaseAddress { get; }
    public HttpClient Client { get; }
    public CapturingLoggerProvider Logs { get; }
    public IServiceProvider Services => app.Services;

    /// <param name="settings">Configuration as <c>key=value</c> (e.g. <c>ReportBot:Redis=127.0.0.1:6390</c>).</param>
    /// <param name="dataPath">A data folder to share between instances; a fresh copy of the reports when null.</param>
    public static async Task<BotApp> StartAsync(IEnumerable<string>? settings = null, string? dataPath = null, Action<WebApplicationBuilder>? configure = null)
    {
        var ownData = dataPath is null ? new TemporaryDataFolder() : null;
        var logs = new CapturingLoggerProvider();
        var args = new List<string> { "--urls=http://127.0.0.1:0", $"--ReportBot:DataPath={dataPath ?? ownData!.Path}", "--environment=Testing" };
        args.AddRange((settings ?? []).Select(s => "--" + s));
        var app = ReportBotApp.Create([.. args], builder =>
        {
            builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');
        return new BotApp(app, address, logs, ownData);
    }

    public Task<HttpResponseMessage> PostAsync(Activity activity) =>
        PostJsonAsync(ProtocolJson.Serialize(activity));

    public Task<HttpResponseMessage> PostJsonAsync(string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Client.PostAsync("/api/messages", content);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        ownData?.Dispose();
    }
}
