using System.Net;
using System.Security.Claims;
using System.Text.Json;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>A Bot Connector token over real HTTP: the loopback bot, the fake channel, the fake identity provider.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class ChannelTokenTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new();
    private FakeChannel _channel = null!;
    private FakeIdentityProvider _idp = null!;
    private Tokens _tokens = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _idp = await FakeIdentityProvider.StartAsync();
        _tokens = new Tokens(_clock);
    }

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        await _idp.DisposeAsync();
    }

    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_carries_the_outbound_token()
    {
        ITurnContext? seen = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            seen = turn;
            await turn.SendActivityAsync("948亿美元", cancellationToken: ct);
        });
        await using var host = await TestSettings.StartBotAsync(bot, _idp, _clock);

        var response = await host.PostAsync(TeamsMessage(), "Bearer " + _tokens.Channel(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_channel.Received);
        Assert.Equal("Bearer outbound-token-1", reply.Authorization);
        Assert.Equal("948亿美元", reply.Activity.Text);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, seen!.Activity.CallerId);
        var identity = seen.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey)!;
        Assert.True(identity.IsAuthenticated);
        Assert.Equal(TestSettings.AppId, identity.FindFirst("aud")?.Value);
        Assert.Equal("https://api.botframework.com", seen.TurnState.Get<string>(BotAdapter.OAuthScopeKey));
    }

    [Fact]
    public async Task The_outbound_token_is_fetched_once_and_reused_for_later_turns()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one", "two"), _idp, _clock);

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsMessage(), "Bearer " + _tokens.Channel(_channel.ServiceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsMessage(), "Bearer " + _tokens.Channel(_channel.ServiceUrl))).StatusCode);

        Assert.Equal(4, _channel.Received.Count);
        Assert.All(_channel.Received, r => Assert.Equal("Bearer outbound-token-1", r.Authorization));
        var request = Assert.Single(_idp.TokenRequests);
        Assert.Equal(("https", "botframework.com"), (request.Scheme, request.Tenant));
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestSettings.AppId, request.Form["client_id"]);
        Assert.Equal(TestSettings.AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Expect_replies_with_a_valid_token_answers_the_replies_in_the_body()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("948亿美元"), _idp, _clock);
        var inbound = TeamsMessage();
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound, "Bearer " + _tokens.Channel(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
        Assert.Equal("948亿美元", Assert.Single(activities.EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(_channel.Received);
        Assert.Empty(_idp.TokenRequests);
    }

    [Theory]
    [InlineData("HTTP://127.0.0.1:{port}")]
    [InlineData("http://127.0.0.1:{port}//")]
    public async Task The_serviceurl_claim_matches_regardless_of_case_and_trailing_slash(string claim)
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), _idp, _clock);
        var port = new Uri(_channel.ServiceUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await host.PostAsync(TeamsMessage(), "Bearer " + _tokens.Channel(claim.Replace("{port}", port, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(_channel.Received);
    }

    [Fact]
    public async Task Neither_the_inbound_token_nor_the_secret_nor_the_outbound_token_is_logged()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), _idp, _clock);
        var token = _tokens.Channel(_channel.ServiceUrl);

        await host.PostAsync(TeamsMessage(), "Bearer " + token);
        await host.PostAsync(TeamsMessage(channelId: "skype"), "Bearer " + token);

        Assert.Single(_channel.Received);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(TestSettings.AppPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains("outbound-token-1", StringComparison.Ordinal));
    }

    private Activity TeamsMessage(string channelId = "msteams") => Messages.Teams(_channel.ServiceUrl, channelId);
}
