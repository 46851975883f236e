using static ReportBot.Protocol.Authentication.AuthenticationConfiguration;

namespace ReportBot.Protocol.Authentication;

/// <summary>Start-up checks of <see cref="BotFrameworkAuthenticationOptions"/>; every message names its key.</summary>
internal static class AuthenticationOptionsValidator
{
    /// <exception cref="InvalidOperationException">One or more settings are wrong; the message lists them all.</exception>
    public static void ThrowIfInvalid(BotFrameworkAuthenticationOptions options)
    {
        var errors = Validate(options);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("Bot Framework authentication is misconfigured: " + string.Join(" ", errors));
        }
    }

    public static List<string> Validate(BotFrameworkAuthenticationOptions options)
    {
        var errors = new List<string>();
        var type = options.MicrosoftAppType;
        if (!options.IsAuthenticationEnabled)
        {
            if (!string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                errors.Add($"{AppPasswordKey} is set but {AppIdKey} is empty; set {AppIdKey}, or remove the password to run without authentication.");
            }

            return errors;
        }

        if (type != MicrosoftAppType.UserAssignedMSI && string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            errors.Add($"{AppPasswordKey} is required when {AppIdKey} is set and {AppTypeKey} is {type}.");
        }

        if (type == MicrosoftAppType.UserAssignedMSI && !string.IsNullOrEmpty(options.MicrosoftAppPassword))
        {
            errors.Add($"{AppPasswordKey} must be empty when {AppTypeKey} is {type} (the managed identity has no secret).");
        }

        if (type != MicrosoftAppType.MultiTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            errors.Add($"{TenantIdKey} is required when {AppTypeKey} is {type}.");
        }

        CheckUrl(errors, ChannelMetadataKey, options.ToBotFromChannelOpenIdMetadataUrl);
        CheckUrl(errors, EmulatorMetadataKey, options.ToBotFromEmulatorOpenIdMetadataUrl);
        CheckUrl(errors, LoginUrlKey, options.EffectiveLoginUrl);
        CheckText(errors, ChannelIssuerKey, options.ToBotFromChannelTokenIssuer);
        CheckText(errors, OAuthScopeKey, options.ToChannelFromBotOAuthScope);
        CheckPositive(errors, nameof(options.MetadataRefreshInterval), options.MetadataRefreshInterval);
        CheckPositive(errors, nameof(options.MetadataMinimumRefreshInterval), options.MetadataMinimumRefreshInterval);
        CheckPositive(errors, nameof(options.TrustedServiceUrlLifetime), options.TrustedServiceUrlLifetime);
        if (options.ClockSkew < TimeSpan.Zero)
        {
            errors.Add($"{nameof(options.ClockSkew)} must not be negative.");
        }

        return errors;
    }

    private static void CheckUrl(List<string> errors, string key, string? value)
    {
        if (!SecureUrl.IsAllowed(value))
        {
            errors.Add($"{key} must be an absolute https URL (plain http only for a loopback host: 127.0.0.1, ::1, localhost), not '{value}'.");
        }
    }

    private static void CheckText(List<string> errors, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key} must not be empty.");
        }
    }

    private static void CheckPositive(List<string> errors, string name, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"{name} must be positive.");
        }
    }
}
