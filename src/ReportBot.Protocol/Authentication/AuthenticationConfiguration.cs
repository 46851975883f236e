using Microsoft.Extensions.Configuration;

namespace ReportBot.Protocol.Authentication;

/// <summary>Reads <see cref="BotFrameworkAuthenticationOptions"/> from flat keys; unset or blank keys keep the defaults.</summary>
internal static class AuthenticationConfiguration
{
    public const string AppTypeKey = "MicrosoftAppType";
    public const string AppIdKey = "MicrosoftAppId";
    public const string AppPasswordKey = "MicrosoftAppPassword";
    public const string TenantIdKey = "MicrosoftAppTenantId";
    public const string ChannelMetadataKey = "ToBotFromChannelOpenIdMetadataUrl";
    public const string ChannelIssuerKey = "ToBotFromChannelTokenIssuer";
    public const string EmulatorMetadataKey = "ToBotFromEmulatorOpenIdMetadataUrl";
    public const string LoginUrlKey = "ToChannelFromBotLoginUrl";
    public const string OAuthScopeKey = "ToChannelFromBotOAuthScope";

    /// <exception cref="InvalidOperationException">MicrosoftAppType is not one of the known values.</exception>
    public static BotFrameworkAuthenticationOptions Read(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppId = Value(configuration, AppIdKey),
            MicrosoftAppPassword = Value(configuration, AppPasswordKey),
            MicrosoftAppTenantId = Value(configuration, TenantIdKey),
            ToChannelFromBotLoginUrl = Value(configuration, LoginUrlKey),
        };

        if (Value(configuration, AppTypeKey) is { } appType)
        {
            options.MicrosoftAppType = Enum.TryParse<MicrosoftAppType>(appType, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
                ? parsed
                : throw new InvalidOperationException($"{AppTypeKey} must be MultiTenant, SingleTenant or UserAssignedMSI, not '{appType}'.");
        }

        options.ToBotFromChannelOpenIdMetadataUrl = Value(configuration, ChannelMetadataKey) ?? options.ToBotFromChannelOpenIdMetadataUrl;
        options.ToBotFromChannelTokenIssuer = Value(configuration, ChannelIssuerKey) ?? options.ToBotFromChannelTokenIssuer;
        options.ToBotFromEmulatorOpenIdMetadataUrl = Value(configuration, EmulatorMetadataKey) ?? options.ToBotFromEmulatorOpenIdMetadataUrl;
        options.ToChannelFromBotOAuthScope = Value(configuration, OAuthScopeKey) ?? options.ToChannelFromBotOAuthScope;
        return options;
    }

    private static string? Value(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
