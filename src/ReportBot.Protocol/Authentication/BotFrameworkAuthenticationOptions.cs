namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Channel authentication settings, read from the flat Bot Framework keys of the same names (so environment
/// variables work). No <see cref="MicrosoftAppId"/> means no authentication (Emulator on localhost only).
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary><c>MicrosoftAppType</c>; empty means <see cref="MicrosoftAppType.MultiTenant"/>.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id, the audience of channel tokens.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (MultiTenant and SingleTenant). Never logged.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>ToBotFromChannelOpenIdMetadataUrl</c>: OpenID metadata whose keys sign channel tokens.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary><c>ToBotFromChannelTokenIssuer</c>: the <c>iss</c> of channel tokens.</summary>
    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary><c>ToBotFromEmulatorOpenIdMetadataUrl</c>: OpenID metadata whose keys sign Emulator (Entra ID) tokens.</summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>
    /// <c>ToChannelFromBotLoginUrl</c>: the authority (instance and tenant) of outbound tokens. Unset, it is
    /// https://login.microsoftonline.com/botframework.com, or …/{MicrosoftAppTenantId} for SingleTenant.
    /// </summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary><c>ToChannelFromBotOAuthScope</c>: the resource of outbound tokens (scope = this + "/.default").</summary>
    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    /// <summary>How long fetched signing keys are used before they are fetched again (docs: at least daily).</summary>
    public TimeSpan MetadataRefreshInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A token with an unknown key id refetches the keys at most this often.</summary>
    public TimeSpan MetadataMinimumRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Tolerance for <c>nbf</c> and <c>exp</c>.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long a service URL stays trusted for outbound tokens after an authenticated request came with it (so
    /// proactive messages to it can be sent); service URLs never seen on an authenticated request get no token.
    /// </summary>
    public TimeSpan TrustedServiceUrlLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>True when an app id is set: inbound JWTs are required and outbound calls carry a token.</summary>
    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The outbound authority in effect: <see cref="ToChannelFromBotLoginUrl"/> or its default for the app type.</summary>
    public string EffectiveLoginUrl => (ToChannelFromBotLoginUrl
        ?? "https://login.microsoftonline.com/" + (MicrosoftAppType == MicrosoftAppType.SingleTenant ? MicrosoftAppTenantId : "botframework.com")).TrimEnd('/');
}
