using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;

namespace ReportBot.Protocol.Integration;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CloudAdapter"/> (as itself, <see cref="BotAdapter"/> and
    /// <see cref="IBotFrameworkHttpAdapter"/>, singleton), the <see cref="IConnectorClient"/> typed HttpClient,
    /// and — unless already registered — anonymous <see cref="IBotFrameworkAuthentication"/>, no-token
    /// <see cref="IOutboundTokenProvider"/> and <see cref="TimeProvider.System"/>. Register real authentication
    /// before or after this call (the last <c>AddSingleton</c> wins). Tune retries with
    /// <c>services.Configure&lt;ConnectorClientOptions&gt;(…)</c>. The app still registers its <see cref="IBot"/>.
    /// </summary>
    public static IServiceCollection AddBotFrameworkAdapter(this IServiceCollection services, Action<CloudAdapterOptions>? configure = null) =>
        services.AddBotFrameworkAdapter<CloudAdapter>(configure);

    /// <summary>As <see cref="AddBotFrameworkAdapter(IServiceCollection, Action{CloudAdapterOptions}?)"/> with a derived adapter.</summary>
    public static IServiceCollection AddBotFrameworkAdapter<TAdapter>(this IServiceCollection services, Action<CloudAdapterOptions>? configure = null)
        where TAdapter : CloudAdapter
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<CloudAdapterOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.AddOptions<ConnectorClientOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotFrameworkAuthentication, AnonymousBotFrameworkAuthentication>();
        services.TryAddSingleton<IOutboundTokenProvider, AnonymousOutboundTokenProvider>();

        // The singleton adapter keeps one typed client for good, so DNS changes are picked up by recycling pooled
        // connections rather than by rotating handlers.
        services.AddHttpClient<IConnectorClient, ConnectorClient>()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<TAdapter>();
        if (typeof(TAdapter) != typeof(CloudAdapter))
        {
            services.TryAddSingleton<CloudAdapter>(sp => sp.GetRequiredService<TAdapter>());
        }

        services.TryAddSingleton<BotAdapter>(sp => sp.GetRequiredService<TAdapter>());
        services.TryAddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<TAdapter>());
        return services;
    }
}
