using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

public static class DirectLineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the self-hosted Direct Line 3.0 endpoint's services: <see cref="DirectLineOptions"/> bound from the
    /// configuration section <c>DirectLine</c> and then <paramref name="configure"/>, validated at start (an error
    /// names the key); the in-memory conversation store with its background sweep; tokens; rate limits; and
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> is already registered. The endpoint also
    /// needs <c>services.AddBotFrameworkAdapter()</c> and an <c>IBot</c>; map it with
    /// <see cref="DirectLineEndpointRouteBuilderExtensions.MapDirectLine"/>.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, Action<DirectLineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<DirectLineOptions>().BindConfiguration(DirectLineOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DirectLineTokens>();
        services.TryAddSingleton<DirectLineAuth>();
        services.TryAddSingleton<DirectLineCors>();
        services.TryAddSingleton<DirectLineRateLimits>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<DirectLineTurns>();
        services.TryAddSingleton<TokenEndpoints>();
        services.TryAddSingleton<ConversationEndpoints>();
        services.TryAddSingleton<ActivityEndpoints>();
        services.TryAddSingleton<StreamEndpoint>();
        services.AddHostedService<ConversationSweeper>();
        return services;
    }
}
