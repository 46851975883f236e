using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// Tokens from the Bot Connector (Teams, Direct Line, Web Chat via Azure): issuer <c>ToBotFromChannelTokenIssuer</c>,
/// keys from <c>ToBotFromChannelOpenIdMetadataUrl</c>, audience = the app id, the signing key's endorsements must
/// name the activity's channel, and the <c>serviceurl</c> claim must be the activity's serviceUrl.
/// </summary>
internal sealed class ChannelTokenValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    private readonly SignedTokenValidator _tokens;

    public ChannelTokenValidator(BotFrameworkAuthenticationOptions options, IHttpClientFactory httpClients, TimeProvider time, ILogger<ChannelTokenValidator> logger)
    {
        Issuer = options.ToBotFromChannelTokenIssuer;
        var keys = new OpenIdMetadataCache(
            options.ToBotFromChannelOpenIdMetadataUrl,
            new SecureDocumentRetriever(httpClients),
            time,
            options.MetadataRefreshInterval,
            options.MetadataMinimumRefreshInterval,
            logger);
        _tokens = new SignedTokenValidator(keys, TokenParameters.Create([Issuer], [options.MicrosoftAppId!], options.ClockSkew, time));
    }

    public string Issuer { get; }

    public async Task<TokenCheck> ValidateAsync(string token, string kid, Activity activity, CancellationToken cancellationToken)
    {
        var check = await _tokens.ValidateAsync(token, kid, cancellationToken).ConfigureAwait(false);
        if (check.Failure is not null)
        {
            return check;
        }

        if (!check.Keys!.Endorses(check.SigningKeyId, activity.ChannelId))
        {
            return TokenCheck.Failed($"the signing key does not endorse channel '{SignedTokenValidator.Truncate(activity.ChannelId ?? "(none)")}'");
        }

        // An expectReplies activity may come without a serviceUrl; then nothing is sent anywhere (as in the SDK).
        if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            var claim = check.Identity!.FindFirst(ServiceUrlClaim)?.Value;
            if (string.IsNullOrWhiteSpace(claim))
            {
                return TokenCheck.Failed("the token has no serviceurl claim");
            }

            if (!ServiceUrl.AreSame(claim, activity.ServiceUrl))
            {
                return TokenCheck.Failed("the token's serviceurl claim is not the activity's serviceUrl");
            }
        }

        return check;
    }
}
