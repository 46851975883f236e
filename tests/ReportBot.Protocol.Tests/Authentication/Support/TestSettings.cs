using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>The flat keys of a bot registered with an app id, pointed at a <see cref="FakeIdentityProvider"/>.</summary>
internal static class TestSettings
{
    public const string AppId = "6a3b1f0e-2c4d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string AppPassword = "test-client-secret-3e8f";

    public static Dictionary<string, string?> For(FakeIdentityProvider idp) => new()
    {
        ["MicrosoftAppType"] = "MultiTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = AppPassword,
        ["ToBotFromChannelOpenIdMetadataUrl"] = idp.Http + FakeIdentityProvider.ChannelMetadataPath,
        ["ToBotFromEmulatorOpenIdMetadataUrl"] = idp.Http + FakeIdentityProvider.EmulatorMetadataPath,
        ["ToChannelFromBotLoginUrl"] = idp.Https + "/botframework.com",
    };

    public static IConfiguration Configuration(IEnumerable<KeyValuePair<string, string?>> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    /// <summary>
    /// The adapter on loopback (BotHost: AddBotFrameworkAdapter first) with AddBotFrameworkAuthentication after it,
    /// the test certificate trusted for the authentication client, and <paramref name="clock"/> as the TimeProvider.
    /// </summary>
    public static Task<BotHost> StartBotAsync(IBot bot, FakeIdentityProvider idp, TimeProvider? clock = null, Action<Dictionary<string, string?>>? edit = null)
    {
        var settings = For(idp);
        edit?.Invoke(settings);
        var configuration = Configuration(settings);
        return BotHost.StartAsync(bot, services =>
        {
            services.AddBotFrameworkAuthentication(configuration);
            services.AddHttpClient(AuthenticationHttp.ClientName).ConfigurePrimaryHttpMessageHandler(TestCertificate.TrustingHandler);
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }
        });
    }
}
