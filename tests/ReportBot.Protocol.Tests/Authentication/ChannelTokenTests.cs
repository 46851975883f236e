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
public sealed class ChannelTokenTests : LoopbackAuthenticationTest
{
    [Fact]
    public async Task A_valid_token_runs_the_turn_and_the_reply_carries_the_outbound_token()
    {
        ITurnContext? seen = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            seen = turn;
            await turn.SendActivityAsync("948亿美元", cancellationToken: ct);
        });
        await using var host = await TestSettings.StartBotAsync(bot, Idp, Clock);

        var response = await host.PostAsync(TeamsMessage(), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Channel.Received);
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
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one", "two"), Idp, Clock);

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsMessage(), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(TeamsMessage(), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl))).StatusCode);

        Assert.Equal(4, Channel.Received.Count);
        Assert.All(Channel.Received, r => Assert.Equal("Bearer outbound-token-1", r.Authorization));
        var request = Assert.Single(Idp.TokenRequests);
        Assert.Equal(("https", "botframework.com"), (request.Scheme, request.Tenant));
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(TestSettings.AppId, request.Form["client_id"]);
        Assert.Equal(TestSettings.AppPassword, request.Form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", request.Form["scope"]);
    }

    [Fact]
    public async Task Expect_replies_with_a_valid_token_answers_the_replies_in_the_body()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("948亿美元"), Idp, Clock);
        var inbound = TeamsMessage();
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await host.PostAsync(inbound, "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activities = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("activities");
        Assert.Equal("948亿美元", Assert.Single(activities.EnumerateArray()).GetProperty("text").GetString());
        Assert.Empty(Channel.Received);
        Assert.Empty(Idp.TokenRequests);
    }

    [Theory]
    [InlineData("HTTP://127.0.0.1:{port}")]
    [InlineData("http://127.0.0.1:{port}//")]
    public async Task The_serviceurl_claim_matches_regardless_of_case_and_trailing_slash(string claim)
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), Idp, Clock);
        var port = new Uri(Channel.ServiceUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await host.PostAsync(TeamsMessage(), "Bearer " + TokenMaker.Channel(claim.Replace("{port}", port, StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(Channel.Received);
    }

    [Fact]
    public async Task Neither_the_inbound_token_nor_the_secret_nor_the_outbound_token_is_logged()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), Idp, Clock);
        var token = TokenMaker.Channel(Channel.ServiceUrl);

        await host.PostAsync(TeamsMessage(), "Bearer " + token);
        await host.PostAsync(TeamsMessage(channelId: "skype"), "Bearer " + token);

        Assert.Single(Channel.Received);
        var signature = token[(token.LastIndexOf('.') + 1)..];
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(signature, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(TestSettings.AppPassword, StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains("outbound-token-1", StringComparison.Ordinal));
    }

    private Activity TeamsMessage(string channelId = "msteams") => Messages.Teams(Channel.ServiceUrl, channelId);
}
