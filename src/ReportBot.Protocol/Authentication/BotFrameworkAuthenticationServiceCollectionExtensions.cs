using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;

namespace ReportBot.Protocol.Authentication;

public static class BotFrameworkAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Reads the Bot Framework keys (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
    /// <c>MicrosoftAppTenantId</c>, <c>ToBotFrom…</c>, <c>ToChannelFromBot…</c>) from the root of
    /// <paramref name="configuration"/>, checks them at once (an <see cref="InvalidOperationException"/> names each
    /// wrong key) and registers <see cref="IBotFrameworkAuthentication"/> and <see cref="IOutboundTokenProvider"/>:
    /// without an app id the anonymous pair (Emulator on localhost only); with one, JWT validation of every inbound
    /// request and client-credentials (or managed identity) tokens outbound, sent only to authenticated service URLs.
    /// Call it before or after <c>AddBotFrameworkAdapter</c>: it replaces whatever is registered for those two.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">Configuration holding the flat keys (environment variables of the same names work).</param>
    /// <param name="configure">Adjusts the options after reading, before the checks (intervals, or values from elsewhere).</param>
    public static IServiceCollection AddBotFrameworkAuthentication(this IServiceCollection services, IConfiguration configuration, Action<BotFrameworkAuthenticationOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = AuthenticationConfiguration.Read(configuration);
        configure?.Invoke(options);
        AuthenticationOptionsValidator.ThrowIfInvalid(options);

        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<BotFrameworkAuthenticationOptions>();
        services.AddSingleton(options);
        if (!options.IsAuthenticationEnabled)
        {
            Use<IBotFrameworkAuthentication, AnonymousBotFrameworkAuthentication>(services);
            Use<IOutboundTokenProvider, AnonymousOutboundTokenProvider>(services);
            return services;
        }

        services.AddHttpClient(AuthenticationHttp.ClientName, http => http.Timeout = AuthenticationHttp.Timeout);
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<ChannelTokenValidator>();
        services.TryAddSingleton<EmulatorTokenValidator>();
        services.TryAddSingleton(AppTokenSources.Create);
        Use<IBotFrameworkAuthentication, JwtBotFrameworkAuthentication>(services);
        Use<IOutboundTokenProvider, BotOutboundTokenProvider>(services);
        return services;
    }

    private static void Use<TService, TImplementation>(IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.RemoveAll<TService>();
        services.AddSingleton<TService, TImplementation>();
    }
}
