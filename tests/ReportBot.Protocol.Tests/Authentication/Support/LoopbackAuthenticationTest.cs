using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>What the authentication tests over real HTTP share: a manual clock, the fake channel, the fake identity provider and a token maker.</summary>
public abstract class LoopbackAuthenticationTest : IAsyncLifetime
{
    internal ManualClock Clock { get; } = new();
    internal FakeChannel Channel { get; private set; } = null!;
    internal FakeIdentityProvider Idp { get; private set; } = null!;
    internal Tokens TokenMaker { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Idp = await FakeIdentityProvider.StartAsync();
        TokenMaker = new Tokens(Clock);
    }

    public async Task DisposeAsync()
    {
        await Channel.DisposeAsync();
        await Idp.DisposeAsync();
    }
}
