using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class AuthenticationTests : IAsyncLifetime
{
    private FakeChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await FakeChannel.StartAsync();

    public Task DisposeAsync() => _channel.DisposeAsync().AsTask();

    [Fact]
    public async Task A_rejected_request_gets_401_runs_no_turn_and_sends_nothing()
    {
        var bot = DelegateBot.Replying("never");
        var auth = new ScriptedAuthentication(AuthenticateRequestResult.Fail("signature invalid"));
        await using var host = await BotHost.StartAsync(bot, s => s.AddSingleton<IBotFrameworkAuthentication>(auth));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl), authorization: "Bearer eyJhbGciOi.secret.token");

        var problem = await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("signature", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(_channel.Received);
        Assert.Equal("Bearer eyJhbGciOi.secret.token", auth.SeenHeader);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("secret.token", StringComparison.Ordinal));
        Assert.Contains(host.Logs.From<CloudAdapter>(), e => e.Message.Contains("signature invalid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_authenticator_that_throws_unauthorized_access_also_gets_401()
    {
        var auth = new ScriptedAuthentication(() => throw new UnauthorizedAccessException("no endorsement"));
        await using var host = await BotHost.StartAsync(DelegateBot.Replying("never"), s => s.AddSingleton<IBotFrameworkAuthentication>(auth));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl));

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Empty(_channel.Received);
    }

    [Fact]
    public async Task An_accepted_request_carries_the_callers_identity_caller_id_and_token_audience()
    {
        var identity = new ClaimsIdentity([new Claim("aud", "app-id")], "Bearer");
        var auth = new ScriptedAuthentication(AuthenticateRequestResult.Success(identity, CallerIdConstants.PublicAzureChannel, "https://api.botframework.com"));
        var tokens = new AudienceRecorder();
        ITurnContext? seen = null;
        var bot = new DelegateBot(async (turn, ct) =>
        {
            seen = turn;
            await turn.SendActivityAsync("ok", cancellationToken: ct);
        });
        await using var host = await BotHost.StartAsync(bot, s =>
        {
            s.AddSingleton<IBotFrameworkAuthentication>(auth);
            s.AddSingleton<IOutboundTokenProvider>(tokens);
        });

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl), authorization: "Bearer x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(CallerIdConstants.PublicAzureChannel, seen!.Activity.CallerId);
        Assert.Same(identity, seen.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey));
        Assert.Equal(["https://api.botframework.com"], tokens.Audiences);
        Assert.Single(_channel.Received);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer")]
    [InlineData("Bearer   ")]
    public async Task Anonymous_mode_accepts_requests_without_a_token_as_the_emulator_sends_them(string? authorization)
    {
        ITurnContext? seen = null;
        await using var host = await BotHost.StartAsync(new DelegateBot((turn, _) =>
        {
            seen = turn;
            return Task.CompletedTask;
        }));

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl), authorization);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("anonymous", seen!.TurnState.Get<ClaimsIdentity>(BotAdapter.BotIdentityKey)!.AuthenticationType);
        Assert.Null(seen.Activity.CallerId);
    }

    [Fact]
    public async Task Anonymous_mode_refuses_a_token_it_cannot_validate()
    {
        var bot = DelegateBot.Silent();
        await using var host = await BotHost.StartAsync(bot);

        var response = await host.PostAsync(Some.Message(serviceUrl: _channel.ServiceUrl), "Bearer eyJ0eXAi.abc.def");

        await Problem.AssertAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(0, bot.Turns);
    }

    private sealed class ScriptedAuthentication(Func<AuthenticateRequestResult> result) : IBotFrameworkAuthentication
    {
        public ScriptedAuthentication(AuthenticateRequestResult result)
            : this(() => result)
        {
        }

        public string? SeenHeader { get; private set; }

        public Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
        {
            SeenHeader = authHeader;
            return Task.FromResult(result());
        }
    }

    private sealed class AudienceRecorder : IOutboundTokenProvider
    {
        public List<string?> Audiences { get; } = [];

        public Task<string?> GetTokenAsync(string serviceUrl, string? audience, CancellationToken cancellationToken)
        {
            Audiences.Add(audience);
            return Task.FromResult<string?>(null);
        }
    }
}
