using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Tests.Authentication.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>The flat keys, their defaults, and start-up errors that name the wrong key.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class ConfigurationTests
{
    [Fact]
    public void Unset_keys_take_the_public_cloud_defaults()
    {
        var options = AuthenticationConfiguration.Read(TestSettings.Configuration([new("MicrosoftAppId", "app"), new("MicrosoftAppType", "")]));

        Assert.Equal(MicrosoftAppType.MultiTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", options.ToBotFromChannelOpenIdMetadataUrl);
        Assert.Equal("https://api.botframework.com", options.ToBotFromChannelTokenIssuer);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", options.ToBotFromEmulatorOpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", options.EffectiveLoginUrl);
        Assert.Equal("https://api.botframework.com", options.ToChannelFromBotOAuthScope);
    }

    [Fact]
    public void A_single_tenant_bot_logs_in_to_its_own_tenant_and_the_app_type_ignores_case()
    {
        var options = AuthenticationConfiguration.Read(TestSettings.Configuration(
            [new("MicrosoftAppType", "singletenant"), new("MicrosoftAppId", "app"), new("MicrosoftAppTenantId", " tenant-1 ")]));

        Assert.Equal(MicrosoftAppType.SingleTenant, options.MicrosoftAppType);
        Assert.Equal("https://login.microsoftonline.com/tenant-1", options.EffectiveLoginUrl);
    }

    [Theory]
    [InlineData("MicrosoftAppType=Personal", "MicrosoftAppType")]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppId=app;MicrosoftAppPassword=pw-4c9e", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppId=app", "MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppType=UserAssignedMSI;MicrosoftAppId=app;MicrosoftAppTenantId=t;MicrosoftAppPassword=pw-4c9e", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppId=app", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppType=SingleTenant;MicrosoftAppId=app;MicrosoftAppTenantId=t", "MicrosoftAppPassword")]
    [InlineData("MicrosoftAppPassword=pw-4c9e", "MicrosoftAppId")]
    [InlineData("MicrosoftAppId=app;MicrosoftAppPassword=pw-4c9e;ToBotFromChannelOpenIdMetadataUrl=http://login.example.org/meta", "ToBotFromChannelOpenIdMetadataUrl")]
    [InlineData("MicrosoftAppId=app;MicrosoftAppPassword=pw-4c9e;ToBotFromEmulatorOpenIdMetadataUrl=/relative", "ToBotFromEmulatorOpenIdMetadataUrl")]
    [InlineData("MicrosoftAppId=app;MicrosoftAppPassword=pw-4c9e;ToChannelFromBotLoginUrl=http://10.0.0.5/botframework.com", "ToChannelFromBotLoginUrl")]
    [InlineData("MicrosoftAppId=app;MicrosoftAppPassword=pw-4c9e;ToChannelFromBotLoginUrl=ftp://127.0.0.1/t", "ToChannelFromBotLoginUrl")]
    public void A_wrong_setting_fails_at_registration_naming_its_key(string settings, string key)
    {
        var configuration = TestSettings.Configuration(settings.Split(';').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string?>(p[0], p[1])));

        var error = Assert.Throws<InvalidOperationException>(() => new Microsoft.Extensions.DependencyInjection.ServiceCollection().AddBotFrameworkAuthentication(configuration));

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw-4c9e", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000/v1/.well-known/openidconfiguration")]
    [InlineData("http://[::1]:5000/meta")]
    [InlineData("http://localhost/meta")]
    [InlineData("https://login.example.org/meta")]
    public void Plain_http_is_accepted_only_on_loopback(string url)
    {
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "s",
            ToBotFromChannelOpenIdMetadataUrl = url,
            ToBotFromEmulatorOpenIdMetadataUrl = url,
            ToChannelFromBotLoginUrl = url,
        };

        Assert.Empty(AuthenticationOptionsValidator.Validate(options));
    }

    [Fact]
    public void Every_error_is_reported_at_once()
    {
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = MicrosoftAppType.SingleTenant,
            MicrosoftAppId = "app",
            ToBotFromChannelTokenIssuer = " ",
        };

        var errors = AuthenticationOptionsValidator.Validate(options);

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("MicrosoftAppPassword", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("MicrosoftAppTenantId", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("ToBotFromChannelTokenIssuer", StringComparison.Ordinal));
    }
}
