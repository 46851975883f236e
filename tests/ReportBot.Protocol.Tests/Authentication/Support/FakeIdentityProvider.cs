using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>
/// The login side of Azure Bot Service on loopback: the Bot Connector's OpenID metadata and JWKS (with endorsements),
/// the Emulator's (Entra ID) metadata and JWKS, and a client-credentials token endpoint answering
/// <c>outbound-token-N</c>, and an App Service managed identity endpoint answering <c>msi-token-N</c>; on plain
/// http and on https with <see cref="TestCertificate"/>. Counts every fetch.
/// </summary>
internal sealed class FakeIdentityProvider : IAsyncDisposable
{
    public const string ChannelMetadataPath = "/v1/.well-known/openidconfiguration";
    public const string EmulatorMetadataPath = "/common/v2.0/.well-known/openid-configuration";
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private int _channelMetadataFetches;
    private int _channelKeyFetches;
    private int _tokensIssued;

    private FakeIdentityProvider(WebApplication app) => _app = app;

    /// <summary>E.g. "http://127.0.0.1:41234".</summary>
    public string Http { get; private set; } = string.Empty;

    /// <summary>E.g. "https://127.0.0.1:41235".</summary>
    public string Https { get; private set; } = string.Empty;

    /// <summary>The keys the channel metadata publishes, each with its endorsements; change it to roll keys.</summary>
    public ConcurrentDictionary<string, JsonObject> ChannelKeys { get; } = new();

    public int ChannelMetadataFetches => Volatile.Read(ref _channelMetadataFetches);

    public int ChannelKeyFetches => Volatile.Read(ref _channelKeyFetches);

    public IReadOnlyList<TokenRequest> TokenRequests => _tokenRequests.ToArray();

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Certificate));
        });
        var provider = new FakeIdentityProvider(builder.Build());
        provider.ChannelKeys[TestKeys.Channel.KeyId] = TestKeys.Jwk(TestKeys.Channel, ["msteams", "webchat", "directline"]);
        provider.Map();
        await provider._app.StartAsync();
        var addresses = provider._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        provider.Http = addresses.Single(a => a.StartsWith("http:", StringComparison.Ordinal)).TrimEnd('/');
        provider.Https = addresses.Single(a => a.StartsWith("https:", StringComparison.Ordinal)).TrimEnd('/');
        return provider;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private void Map()
    {
        _app.MapGet(ChannelMetadataPath, (HttpContext context) =>
        {
            Interlocked.Increment(ref _channelMetadataFetches);
            return Metadata(context, "https://api.botframework.com", "/v1/.well-known/keys");
        });
        _app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref _channelKeyFetches);
            return KeySet(ChannelKeys.Values.Select(k => k.DeepClone()));
        });
        _app.MapGet(EmulatorMetadataPath, (HttpContext context) =>
            Metadata(context, "https://login.microsoftonline.com/{tenantid}/v2.0", "/common/discovery/v2.0/keys"));
        _app.MapGet("/common/discovery/v2.0/keys", () => KeySet([TestKeys.Jwk(TestKeys.Emulator)]));
        _app.MapPost("/{tenant}/oauth2/v2.0/token", async (HttpContext context, string tenant) =>
        {
            var form = await context.Request.ReadFormAsync();
            _tokenRequests.Enqueue(new TokenRequest(context.Request.Scheme, tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            var number = Interlocked.Increment(ref _tokensIssued);
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3600, ["access_token"] = $"outbound-token-{number}" });
        });
        _app.MapGet("/msi/token", (HttpContext context) =>
        {
            var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
            query["X-IDENTITY-HEADER"] = context.Request.Headers["X-IDENTITY-HEADER"].ToString();
            _tokenRequests.Enqueue(new TokenRequest(context.Request.Scheme, "msi", query));
            var number = Interlocked.Increment(ref _tokensIssued);
            var expiresOn = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_on"] = expiresOn, ["resource"] = query.GetValueOrDefault("resource"), ["access_token"] = $"msi-token-{number}" });
        });
    }

    private static IResult Metadata(HttpContext context, string issuer, string keysPath) => Results.Json(new JsonObject
    {
        ["issuer"] = issuer,
        ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}{keysPath}",
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
    });

    private static IResult KeySet(IEnumerable<JsonNode> keys) => Results.Json(new JsonObject { ["keys"] = new JsonArray([.. keys]) });

    internal sealed record TokenRequest(string Scheme, string Tenant, Dictionary<string, string> Form);
}
