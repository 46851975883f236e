using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>AddBotFrameworkAuthentication before or after AddBotFrameworkAdapter, with and without an app id.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class RegistrationTests
{
    private static readonly KeyValuePair<string, string?>[] WithAppId = [new("MicrosoftAppId", "app"), new("MicrosoftAppPassword", "s")];

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void An_app_id_registers_jwt_validation_and_client_credentials_in_either_order(bool authenticationFirst)
    {
        using var provider = Build(authenticationFirst, WithAppId);

        Assert.IsType<JwtBotFrameworkAuthentication>(provider.GetRequiredService<IBotFrameworkAuthentication>());
        Assert.IsType<BotOutboundTokenProvider>(provider.GetRequiredService<IOutboundTokenProvider>());
        Assert.IsType<MsalClientCredentialsTokenSource>(provider.GetRequiredService<IAppTokenSource>());
        Assert.Single(provider.GetServices<IBotFrameworkAuthentication>());
        Assert.NotNull(provider.GetRequiredService<CloudAdapter>());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void No_app_id_registers_the_anonymous_pair_in_either_order(bool authenticationFirst)
    {
        using var provider = Build(authenticationFirst, [new("MicrosoftAppId", ""), new("MicrosoftAppPassword", "")]);

        Assert.IsType<AnonymousBotFrameworkAuthentication>(provider.GetRequiredService<IBotFrameworkAuthentication>());
        Assert.IsType<AnonymousOutboundTokenProvider>(provider.GetRequiredService<IOutboundTokenProvider>());
    }

    [Fact]
    public async Task Without_an_app_id_the_emulator_works_as_before()
    {
        await using var channel = await FakeChannel.StartAsync();
        var configuration = TestSettings.Configuration([new("MicrosoftAppId", "")]);
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("ok"), s => s.AddBotFrameworkAuthentication(configuration));

        var response = await host.PostAsync(Some.Message(serviceUrl: channel.ServiceUrl), "Bearer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, Assert.Single(channel.Received).Authorization);
    }

    private static ServiceProvider Build(bool authenticationFirst, KeyValuePair<string, string?>[] settings)
    {
        var services = new ServiceCollection().AddLogging(l => l.ClearProviders());
        var configuration = TestSettings.Configuration(settings);
        if (authenticationFirst)
        {
            services.AddBotFrameworkAuthentication(configuration).AddBotFrameworkAdapter();
        }
        else
        {
            services.AddBotFrameworkAdapter().AddBotFrameworkAuthentication(configuration);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
