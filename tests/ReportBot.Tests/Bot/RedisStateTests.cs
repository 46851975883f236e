using System.Net;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Search.Tests.Support;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>Two bot instances behind one load balancer share conversation state through a real Redis: "more" works across them.</summary>
public sealed class RedisStateTests(RedisServer redis) : IClassFixture<RedisServer>, IAsyncLifetime
{
    private readonly TemporaryDataFolder data = new();
    private FakeChannel channel = null!;

    public async Task InitializeAsync() => channel = await FakeChannel.StartAsync();

    [SkippableFact]
    public async Task MoreOnTheSecondInstanceContinuesTheQuestionAskedOnTheFirst()
    {
        redis.Start();
        await using var first = await BotApp.StartAsync([$"ReportBot:Redis={redis.Connection}"], data.Path);
        await using var second = await BotApp.StartAsync([$"ReportBot:Redis={redis.Connection}"], data.Path);
        var emulator = new Emulator(channel.ServiceUrl);

        var question = emulator.Message("哈萨克斯坦");
        Assert.Equal(HttpStatusCode.OK, (await first.PostAsync(question)).StatusCode);
        var more = emulator.Message("更多");
        Assert.Equal(HttpStatusCode.OK, (await second.PostAsync(more)).StatusCode);

        var reply = channel.Received.Last(r => r.RawTarget == emulator.ReplyPath(more)).Activity;
        Assert.StartsWith("**4.** ", reply.Text);
    }

    [SkippableFact]
    public async Task WithoutRedisEachInstanceOnlyKnowsItsOwnConversations()
    {
        await using var first = await BotApp.StartAsync(dataPath: data.Path);
        await using var second = await BotApp.StartAsync(dataPath: data.Path);
        var emulator = new Emulator(channel.ServiceUrl);

        await first.PostAsync(emulator.Message("哈萨克斯坦"));
        var more = emulator.Message("更多");
        await second.PostAsync(more);

        var reply = channel.Received.Last(r => r.RawTarget == emulator.ReplyPath(more)).Activity;
        Assert.Contains("使用说明", reply.Text);
    }

    public async Task DisposeAsync()
    {
        await channel.DisposeAsync();
        data.Dispose();
    }
}
