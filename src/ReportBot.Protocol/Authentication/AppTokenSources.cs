using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Authentication;

/// <summary>Picks the <see cref="IAppTokenSource"/> for the app type and login URL.</summary>
internal static class AppTokenSources
{
    public static IAppTokenSource Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<BotFrameworkAuthenticationOptions>();
        var httpClients = services.GetRequiredService<IHttpClientFactory>();
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IAppTokenSource).FullName!);
        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMSI)
        {
            return new MsalManagedIdentityTokenSource(options, new MsalHttpClients(httpClients), logger);
        }

        return SecureUrl.IsLoopbackHttp(options.EffectiveLoginUrl)
            ? new LoopbackClientCredentialsTokenSource(options, httpClients, services.GetRequiredService<TimeProvider>(), logger)
            : new MsalClientCredentialsTokenSource(options, new MsalHttpClients(httpClients), logger);
    }
}
