using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Tests.Support;

/// <summary>One bot and one fake Emulator channel, shared by a test class; each test uses a conversation of its own.</summary>
public sealed class BotAppFixture : IAsyncLifetime
{
    internal BotApp Bot { get; private set; } = null!;
    internal FakeChannel Channel { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Channel = await FakeChannel.StartAsync();
        Bot = await BotApp.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
