using System.Net;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>The channel's signing keys: cached, refetched for an unknown key id at most once per five minutes, and daily.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class SigningKeyRefreshTests : LoopbackAuthenticationTest
{
    [Fact]
    public async Task Keys_are_fetched_once_for_many_requests()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), Idp, Clock);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl))).StatusCode);
        }

        Assert.Equal((1, 1), (Idp.ChannelMetadataFetches, Idp.ChannelKeyFetches));
    }

    [Fact]
    public async Task An_unknown_key_id_refetches_once_then_401_and_another_soon_after_does_not_refetch()
    {
        var bot = DelegateBot.Replying("never");
        await using var host = await TestSettings.StartBotAsync(bot, Idp, Clock);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, TokenMaker.Channel(null))).StatusCode);
        Clock.Advance(TimeSpan.FromMinutes(6));

        var first = await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl, TestKeys.Outsider));
        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(2, Idp.ChannelKeyFetches);

        Clock.Advance(TimeSpan.FromMinutes(1));
        var second = await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl, TestKeys.Relabel(TestKeys.Outsider, "another-unknown-key")));
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(2, Idp.ChannelKeyFetches);

        Clock.Advance(TimeSpan.FromMinutes(5));
        await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl, TestKeys.Outsider));
        Assert.Equal(3, Idp.ChannelKeyFetches);
        Assert.Equal(1, bot.Turns);
        Assert.Empty(Channel.Received);
    }

    [Fact]
    public async Task A_rolled_over_key_is_accepted_after_one_refetch()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), Idp, Clock);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, TokenMaker.Channel(null))).StatusCode);
        Idp.ChannelKeys[TestKeys.ChannelNext.KeyId] = TestKeys.Jwk(TestKeys.ChannelNext, ["msteams"]);
        Clock.Advance(TimeSpan.FromMinutes(10));

        var response = await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl, TestKeys.ChannelNext));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, Idp.ChannelKeyFetches);
        Assert.Contains("\"ok\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_older_than_a_day_are_fetched_again()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), Idp, Clock);
        await PostAsync(host, TokenMaker.Channel(null));

        Clock.Advance(TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(host, TokenMaker.Channel(null))).StatusCode);

        Assert.Equal(2, Idp.ChannelKeyFetches);
    }

    [Fact]
    public async Task Unreachable_metadata_means_401_not_500()
    {
        var bot = DelegateBot.Silent();
        await using var host = await TestSettings.StartBotAsync(bot, Idp, Clock, s => s["ToBotFromChannelOpenIdMetadataUrl"] = Loopback.ClosedPortUrl());

        var response = await PostAsync(host, TokenMaker.Channel(Channel.ServiceUrl));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, bot.Turns);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 3002);
    }

    /// <summary>An expectReplies message (no serviceUrl needed), so key tests don't depend on replies.</summary>
    private static Task<HttpResponseMessage> PostAsync(BotHost host, string token)
    {
        var activity = Messages.Teams(serviceUrl: null);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        return host.PostAsync(activity, "Bearer " + token);
    }
}
