using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// The client-credentials POST for a plain-http loopback authority (a local token stub), which MSAL refuses
/// ("The authority must use HTTPS scheme"): <c>POST {authority}/oauth2/v2.0/token</c> with grant_type, client_id,
/// client_secret and scope, cached per resource until five minutes before <c>expires_in</c> on the injected clock.
/// Never used for a non-loopback authority (configuration refuses plain http elsewhere).
/// </summary>
internal sealed class LoopbackClientCredentialsTokenSource(
    BotFrameworkAuthenticationOptions options,
    IHttpClientFactory httpClients,
    TimeProvider time,
    ILogger logger) : IAppTokenSource
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (string Token, DateTimeOffset RenewAt)> _cache = new(StringComparer.Ordinal);

    public async Task<string> GetTokenAsync(string resource, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cache.TryGetValue(resource, out var cached) && time.GetUtcNow() < cached.RenewAt)
            {
                return cached.Token;
            }

            var (token, expiresIn) = await RequestAsync(resource, cancellationToken).ConfigureAwait(false);
            var expiresOn = time.GetUtcNow() + expiresIn;
            _cache[resource] = (token, expiresOn - RenewBeforeExpiry);
            AuthenticationLog.OutboundTokenFetched(logger, options.EffectiveLoginUrl, expiresOn);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<(string Token, TimeSpan ExpiresIn)> RequestAsync(string resource, CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = options.MicrosoftAppId!,
            ["client_secret"] = options.MicrosoftAppPassword!,
            ["scope"] = resource + "/.default",
        });
        var endpoint = options.EffectiveLoginUrl + "/oauth2/v2.0/token";
        using var response = await httpClients.CreateClient(AuthenticationHttp.ClientName).PostAsync(endpoint, form, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
        var root = json.RootElement;
        var token = root.TryGetProperty("access_token", out var value) && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidOperationException("The token endpoint's answer has no access_token.");
        var seconds = root.TryGetProperty("expires_in", out var expires) ? Seconds(expires) : 0;
        return (token, TimeSpan.FromSeconds(Math.Max(0, seconds)));
    }

    private static long Seconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number when value.TryGetInt64(out var number) => number,
        JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => 0,
    };
}
