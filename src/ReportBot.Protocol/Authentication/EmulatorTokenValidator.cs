using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Tokens the Bot Framework Emulator mints with the bot's own credentials (Entra ID v1 or v2 access tokens): the
/// SDK's issuer list (plus the bot's tenant when one is set), keys from <c>ToBotFromEmulatorOpenIdMetadataUrl</c>, and
/// the app id in <c>appid</c> (ver 1.0) or <c>azp</c> (ver 2.0). No endorsement or serviceurl check on this path.
/// </summary>
/// <remarks>
/// Unlike the SDK, the audience is checked too (the app id, or api://{app id}): otherwise the bot's own outbound
/// token — same issuer, same appid, audience https://api.botframework.com — would be accepted if replayed to it.
/// </remarks>
internal sealed class EmulatorTokenValidator
{
    private static readonly string[] SdkIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private readonly string _appId;
    private readonly HashSet<string> _issuers;
    private readonly SignedTokenValidator _tokens;

    public EmulatorTokenValidator(BotFrameworkAuthenticationOptions options, IHttpClientFactory httpClients, TimeProvider time, ILogger<EmulatorTokenValidator> logger)
    {
        _appId = options.MicrosoftAppId!;
        _issuers = new HashSet<string>(SdkIssuers, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            _issuers.Add($"https://sts.windows.net/{options.MicrosoftAppTenantId}/");
            _issuers.Add($"https://login.microsoftonline.com/{options.MicrosoftAppTenantId}/v2.0");
        }

        var keys = new OpenIdMetadataCache(
            options.ToBotFromEmulatorOpenIdMetadataUrl,
            new SecureDocumentRetriever(httpClients),
            time,
            options.MetadataRefreshInterval,
            options.MetadataMinimumRefreshInterval,
            logger);
        _tokens = new SignedTokenValidator(keys, TokenParameters.Create(_issuers, [_appId, "api://" + _appId], options.ClockSkew, time));
    }

    public bool Accepts(string issuer) => _issuers.Contains(issuer);

    public async Task<TokenCheck> ValidateAsync(string token, string kid, CancellationToken cancellationToken)
    {
        var check = await _tokens.ValidateAsync(token, kid, cancellationToken).ConfigureAwait(false);
        if (check.Failure is not null)
        {
            return check;
        }

        var identity = check.Identity!;
        var version = identity.FindFirst("ver")?.Value;
        var appId = version switch
        {
            null => null,
            "" or "1.0" => identity.FindFirst("appid")?.Value,
            "2.0" => identity.FindFirst("azp")?.Value,
            _ => null,
        };

        if (appId is null)
        {
            return TokenCheck.Failed(version switch
            {
                null => "the Emulator token has no ver claim",
                "" or "1.0" => "the Emulator token (ver 1.0) has no appid claim",
                "2.0" => "the Emulator token (ver 2.0) has no azp claim",
                _ => "the Emulator token has an unknown version",
            });
        }

        return string.Equals(appId, _appId, StringComparison.Ordinal)
            ? check
            : TokenCheck.Failed("the Emulator token was issued to another app");
    }
}
