using System.Net;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>With a Microsoft App ID configured, the bot only takes turns from requests carrying a valid Bot Connector token.</summary>
public sealed class AuthenticationTests
{
    private static readonly string[] Registered =
    [
        "MicrosoftAppType=SingleTenant",
        "MicrosoftAppId=6f1d3c2a-9b8e-4d7f-a6c5-b4e3d2c1f0a9",
        "MicrosoftAppPassword=not-a-real-secret-value",
        "MicrosoftAppTenantId=72f988bf-86f1-41af-91ab-2d7cd011db47",
        // Nothing listens there: no key can be fetched, so no token can validate.
        $"ToBotFromChannelOpenIdMetadataUrl={Loopback.ClosedPortUrl()}openid",
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer ")]
    [InlineData("Bearer eyJhbGciOiJub25lIn0.eyJhdWQiOiJ4In0.")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task ARequestWithoutAValidTokenIsRefusedAndNothingIsSent(string? authorization)
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotApp.StartAsync(Registered);
        var emulator = new Emulator(channel.ServiceUrl);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(Protocol.Schema.ProtocolJson.Serialize(emulator.Message("2024年贸易总额是多少？")), System.Text.Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Received);
        Assert.DoesNotContain(bot.Logs.Entries, e => authorization is { Length: > 10 } && e.Message.Contains(authorization[7..], StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithoutAnAppIdTheEmulatorNeedsNoToken()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotApp.StartAsync();
        var response = await bot.PostAsync(new Emulator(channel.ServiceUrl).Message("三股势力"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(channel.Received);
    }
}
