using System.Net;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>Tokens the Emulator mints with the bot's own app id and password (Entra ID v1 and v2 access tokens).</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class EmulatorTokenTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private FakeChannel _emulator = null!;
    private FakeIdentityProvider _idp = null!;
    private Tokens _tokens = null!;

    public async Task InitializeAsync()
    {
        _emulator = await FakeChannel.StartAsync();
        _idp = await FakeIdentityProvider.StartAsync();
        _tokens = new Tokens(_clock);
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        await _idp.DisposeAsync();
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task An_emulator_token_is_accepted_and_the_reply_carries_the_outbound_token(string version)
    {
        ITurnContext? seen = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            seen = turn;
            await turn.SendActivityAsync("ok", cancellationToken: ct);
        });
        await using var host = await TestSettings.StartBotAsync(bot, _idp, _clock);

        var response = await host.PostAsync(Some.Message(serviceUrl: _emulator.ServiceUrl), "Bearer " + _tokens.Emulator(version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(_emulator.Received).Authorization);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, seen!.Activity.CallerId);
    }

    [Theory]
    [InlineData("issued to another app", "issued to another app")]
    [InlineData("the bot's own outbound token replayed", "audience")]
    [InlineData("without a ver claim", "no ver claim")]
    [InlineData("of an unknown version", "unknown version")]
    [InlineData("signed with the channel's key", "unknown key")]
    public async Task An_emulator_token_is_refused(string token, string reason)
    {
        var bot = DelegateBot.Replying("never");
        await using var host = await TestSettings.StartBotAsync(bot, _idp, _clock);
        var jwt = token switch
        {
            "issued to another app" => _tokens.Emulator(appId: "00000000-0000-0000-0000-000000000001"),
            "the bot's own outbound token replayed" => _tokens.Emulator(audience: "https://api.botframework.com"),
            "without a ver claim" => _tokens.Emulator(edit: d => d.Claims.Remove("ver")),
            "of an unknown version" => _tokens.Emulator(edit: d => d.Claims["ver"] = "3.0"),
            "signed with the channel's key" => _tokens.Emulator(edit: d => d.SigningCredentials = new(TestKeys.Channel, "RS256")),
            _ => throw new ArgumentOutOfRangeException(nameof(token)),
        };

        var response = await host.PostAsync(Some.Message(serviceUrl: _emulator.ServiceUrl), "Bearer " + jwt);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_emulator.Received);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 1002 && e.Message.Contains(reason, StringComparison.Ordinal));
    }
}
