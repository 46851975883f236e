using System.Net;
using ReportBot.Protocol.Authentication;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Authentication.Support;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication;

/// <summary>Where the bot's own token comes from, and where it may go.</summary>
[Collection(AuthenticationCollection.Name)]
public sealed class OutboundTokenTests : IAsyncLifetime
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
    public async Task A_proactive_message_gets_the_token_only_for_a_service_url_an_authenticated_request_came_from()
    {
        await using var elsewhere = await FakeChannel.StartAsync();
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), _idp, _clock);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl))).StatusCode);

        await SendProactiveAsync(host, elsewhere.ServiceUrl);
        await SendProactiveAsync(host, _channel.ServiceUrl.ToUpperInvariant());

        Assert.Empty(elsewhere.Received);
        Assert.Equal(1, host.Adapter.FailedDeliveryCount);
        Assert.Contains(host.Logs.Entries, e => e.EventId.Id == 3004);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(_channel.Received).Authorization);
    }

    [Fact]
    public async Task A_trusted_service_url_expires_a_day_after_it_was_last_seen()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Silent(), _idp, _clock);
        await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl));
        _clock.Advance(TimeSpan.FromHours(25));

        await SendProactiveAsync(host, _channel.ServiceUrl);

        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task A_plain_http_loopback_login_url_gets_its_token_without_msal_and_reuses_it()
    {
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one"), _idp, _clock, s => s["ToChannelFromBotLoginUrl"] = _idp.Http + "/botframework.com/");

        await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl));
        await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl));

        Assert.Equal(["Bearer outbound-token-1", "Bearer outbound-token-1"], _channel.Received.Select(r => r.Authorization));
        var request = Assert.Single(_idp.TokenRequests);
        Assert.Equal(("http", "botframework.com", "https://api.botframework.com/.default"), (request.Scheme, request.Tenant, request.Form["scope"]));
        Assert.Equal(TestSettings.AppPassword, request.Form["client_secret"]);
    }

    [Fact]
    public async Task A_single_tenant_bot_asks_its_own_tenant()
    {
        const string tenant = "0f1e2d3c-4b5a-4697-8877-665544332211";
        await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("ok"), _idp, _clock, s =>
        {
            s["MicrosoftAppType"] = "SingleTenant";
            s["MicrosoftAppTenantId"] = tenant;
            s["ToChannelFromBotLoginUrl"] = _idp.Https + "/" + tenant;
        });

        await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl));

        Assert.Equal(tenant, Assert.Single(_idp.TokenRequests).Tenant);
        Assert.Equal("Bearer outbound-token-1", Assert.Single(_channel.Received).Authorization);
    }

    [Fact]
    public async Task A_user_assigned_managed_identity_gets_its_token_from_the_hosts_identity_endpoint()
    {
        var saved = (Environment.GetEnvironmentVariable("IDENTITY_ENDPOINT"), Environment.GetEnvironmentVariable("IDENTITY_HEADER"));
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", _idp.Http + "/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", "app-service-header");
        try
        {
            await using var host = await TestSettings.StartBotAsync(DelegateBot.Replying("one", "two"), _idp, _clock, s =>
            {
                s["MicrosoftAppType"] = "UserAssignedMSI";
                s["MicrosoftAppPassword"] = null;
                s["MicrosoftAppTenantId"] = "0f1e2d3c-4b5a-4697-8877-665544332211";
            });

            await host.PostAsync(Messages.Teams(_channel.ServiceUrl), "Bearer " + _tokens.Channel(_channel.ServiceUrl));

            Assert.Equal(["Bearer msi-token-1", "Bearer msi-token-1"], _channel.Received.Select(r => r.Authorization));
            var request = Assert.Single(_idp.TokenRequests);
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
