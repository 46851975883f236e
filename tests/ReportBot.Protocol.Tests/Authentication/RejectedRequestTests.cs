using System.Net;
using Microsoft.IdentityModel.Tokens;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>With an app id, every way a request can fail authentication: 401, no turn, nothing sent, no token fetched.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class RejectedRequestTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private FakeChannel _channel = null!;
    private FakeIdentityProvider _idp = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _idp = await FakeIdentityProvider.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _idp.DisposeAsync();
    }

    [Theory]
    [InlineData("no Authorization header", "no bearer token")]
    [InlineData("a bare Bearer", "no bearer token")]
    [InlineData("another scheme", "not a Bearer token")]
    [InlineData("not a JWT", "not a JWT")]
    [InlineData("an expired token", "expired")]
    [InlineData("a token not valid yet", "not valid yet")]
    [InlineData("a token for another app", "audience")]
    [InlineData("a token from an unknown issuer", "issuer")]
    [InlineData("a token whose issuer smuggles a line break into the log", "issuer 'https://sts.example.org/?forged")]
    [InlineData("a token signed by another key under the channel's key id", "signature is invalid")]
    [InlineData("a token with alg none", "algorithm 'none'")]
    [InlineData("a token signed HS256 with the channel's public key", "algorithm 'HS256'")]
    [InlineData("a token without a key id", "kid")]
    [InlineData("a token whose serviceurl claim names another URL", "serviceurl claim is not")]
    [InlineData("a token without a serviceurl claim", "no serviceurl claim")]
    [InlineData("an activity from a channel the signing key does not endorse", "does not endorse channel 'skype'")]
    public async Task A_request_is_refused_with_401_running_no_turn_and_sending_nothing(string request, string reason)
    {
        var bot = DelegateBot.Replying("never");
        await using var host = await TestSettings.StartBotAsync(bot, _idp, _clock);
        var (authorization, channelId) = Build(request);

        var response = await host.PostAsync(Messages.Teams(_channel.ServiceUrl, channelId), authorization);

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_channel.Received);
        Assert.Empty(_idp.TokenRequests);
        var logged = Assert.Single(host.Logs.From<CloudAdapter>(), e => e.EventId.Id == 1002);
        Assert.Contains(reason, logged.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', logged.Message);
        if (authorization?.Split(' ').LastOrDefault() is { Length: > 20 } token)
        {
            Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(token, StringComparison.Ordinal));
        }
    }

    private (string? Authorization, string ChannelId) Build(string request)
    {
        var tokens = new Tokens(_clock);
        var serviceUrl = _channel.ServiceUrl;
        var now = _clock.GetUtcNow().UtcDateTime;
        return request switch
        {
            "no Authorization header" => (null, "msteams"),
            "a bare Bearer" => ("Bearer ", "msteams"),
            "another scheme" => ("Basic " + tokens.Channel(serviceUrl), "msteams"),
            "not a JWT" => ("Bearer not-a-jwt", "msteams"),
            "an expired token" => (Bearer(tokens.Channel(serviceUrl, edit: d => (d.NotBefore, d.Expires) = (now.AddHours(-2), now.AddMinutes(-6)))), "msteams"),
            "a token not valid yet" => (Bearer(tokens.Channel(serviceUrl, edit: d => (d.NotBefore, d.Expires) = (now.AddMinutes(6), now.AddHours(1)))), "msteams"),
            "a token for another app" => (Bearer(tokens.Channel(serviceUrl, edit: d => d.Audience = "another-app")), "msteams"),
            "a token from an unknown issuer" => (Bearer(tokens.Channel(serviceUrl, edit: d => d.Issuer = "https://sts.example.org/")), "msteams"),
            "a token whose issuer smuggles a line break into the log" => (Bearer(tokens.Channel(serviceUrl, edit: d => d.Issuer = "https://sts.example.org/\nforged")), "msteams"),
            "a token signed by another key under the channel's key id" => (Bearer(tokens.Channel(serviceUrl, TestKeys.Relabel(TestKeys.Outsider, TestKeys.Channel.KeyId))), "msteams"),
            "a token with alg none" => (Bearer(tokens.Unsigned(serviceUrl)), "msteams"),
            "a token signed HS256 with the channel's public key" => (Bearer(tokens.HmacWithPublicKey(serviceUrl)), "msteams"),
            "a token without a key id" => (Bearer(tokens.Channel(serviceUrl, new RsaSecurityKey(TestKeys.Channel.Rsa))), "msteams"),
            "a token whose serviceurl claim names another URL" => (Bearer(tokens.Channel("https://attacker.example/")), "msteams"),
            "a token without a serviceurl claim" => (Bearer(tokens.Channel(serviceUrl: null)), "msteams"),
            "an activity from a channel the signing key does not endorse" => (Bearer(tokens.Channel(serviceUrl)), "skype"),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, null),
        };
    }

    private static string Bearer(string token) => "Bearer " + token;
}
