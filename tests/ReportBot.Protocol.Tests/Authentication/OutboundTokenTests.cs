using System.Net;
using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>Where the bot's own token comes from, and where it may go.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class OutboundTokenTests : LoopbackAuthenticationTest
{
    [Fact]
    public async Task A_proactive_message_gets_the_token_only_for_a_service_url_an_authenticated_request_came_from()
    {
        await using var elsewhere = await FakeChannel.StartAsync();
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), Idp, Clock);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl))).StatusCode);

        await SendProactiveAsync(host, elsewhere.ServiceUrl);
        await SendProactiveAsync(host, Channel.ServiceUrl.ToUpperInvariant());

        Assert.Empty(elsewhere.Received);
        Assert.Equal(1, host.Adapter.FailedDeliveryCount);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 3004);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(Channel.Received).Authorization);
    }

    [Fact]
    public async Task A_trusted_service_url_expires_a_day_after_it_was_last_seen()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), Idp, Clock);
        await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));
        Clock.Advance(TimeSpan.FromHours(25));

        await SendProactiveAsync(host, Channel.ServiceUrl);

        Assert.Empty(Channel.Received);
    }

    [Fact]
    public async Task A_plain_http_loopback_login_url_gets_its_token_without_msal_and_reuses_it()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one"), Idp, Clock, s => s["ToChannelFromBotLoginUrl"] = Idp.Http + "/botframework.com/");

        await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));
        await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));

        Assert.Equal(["Bearer outbound-token-1", "Bearer outbound-token-1"], Channel.Received.Select(r => r.Authorization));
        var request = Assert.Single(Idp.TokenRequests);
        Assert.Equal(("http", "botframework.com", "https://api.botframework.com/.default"), (request.Scheme, request.Tenant, request.Form["scope"]));
        Assert.Equal(TestSettings.AppPassword, request.Form["client_secret"]);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant()
    {
        const string tenant = "0f1e2d3c-4b5a-4697-8877-665544332211";
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), Idp, Clock, s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppTenantId"] = tenant;
            s["ToChannelFromBotLoginUrl"] = Idp.Https + "/" + tenant;
        });

        await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));

        Assert.Equal(tenant, Assert.Single(Idp.TokenRequests).Tenant);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(Channel.Received).Authorization);
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_gets_its_token_from_the_hosts_identity_endpoint()
    {
        var saved = (Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", Idp.Http + "/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "app-service-header");
        try
        {
            await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one", "two"), Idp, Clock, s =>
            {
                s["MicrosoftAppType"] = "UserAssignedMSI";
                s["MicrosoftAppPassword"] = null;
                s["MicrosoftAppTenantId"] = "0f1e2d3c-4b5a-4697-8877-665544332211";
            });

            await host.PostAsync(Messages.Teams(Channel.ServiceUrl), "Bearer " + TokenMaker.Channel(Channel.ServiceUrl));

            Assert.Equal(["Bearer msi-token-1", "Bearer msi-token-1"], Channel.Received.Select(r => r.Authorization));
            var request = Assert.Single(Idp.TokenRequests);
            Assert.Equal("https://api.botframework.com", request.Form["resource"]);
            Assert.Equal(TestSettings.AppId, request.Form["client_id"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", saved.Item1);
            Environment.SetEnvironmentVariable("IDENTITY_HEADER", saved.Item2);
        }
    }

    [Theory]
    [InlineData("https://api.botframework.com", "https://api.botframework.com")]
    [InlineData("https://api.botframework.com/", "https://api.botframework.com")]
    [InlineData("https://api.botframework.com/.default", "https://api.botframework.com")]
    public void The_outbound_resource_drops_a_default_scope_suffix(string audience, string resource) =>
        Assert.Equal(resource, BotOutboundTokenProvider.Resource(audience));

    private static Task SendProactiveAsync(BotHost host, string serviceUrl)
    {
        var reference = new ConversationReference
        {
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "a:proactive"),
            Bot = new ChannelAccount(Some.BotId),
            User = new ChannelAccount(Some.UserId),
        };
        return host.Adapter.ContinueConversationAsync(TestSettings.AppId, reference, (turn, ct) => turn.SendActivityAsync("提醒", cancellationToken: ct), CancellationToken.None);
    }
}
