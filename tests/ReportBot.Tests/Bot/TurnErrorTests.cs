using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Search.Querying;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>Failures inside a turn and on the way out: logged, a short apology, the request still completes.</summary>
public sealed class TurnErrorTests
{
    private sealed class BrokenSearcher : IReportSearcher
    {
        public IReadOnlyList<ReportSummary> Reports => [];

        public Answer Search(string? question, int top = 3, int skip = 0) => throw new InvalidOperationException("index exploded at /secret/path");
    }

    [Fact]
    public async Task AnExceptionInATurnIsLoggedWithTheActivityIdAndTheUserGetsAnApologyWithoutDetails()
    {
        await using var channel = await FakeChannel.StartAsync();
        await using var bot = await BotApp.StartAsync(configure: b => b.Services.AddSingleton<IReportSearcher, BrokenSearcher>());
        var emulator = new Emulator(channel.ServiceUrl);
        var question = emulator.Message("2024年贸易总额");

        var response = await bot.PostAsync(question);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = channel.Received.Last(r => r.RawTarget == emulator.ReplyPath(question)).Activity;
        Assert.StartsWith("抱歉，回答这个问题时出错了", apology.Text);
        Assert.DoesNotContain("exploded", apology.Text);
        Assert.DoesNotContain("/secret/path", apology.Text);
        Assert.Contains(bot.Logs.Entries, e => e.Level >= LogLevel.Error && e.Message.Contains(question.Id!) && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task AServiceUrlThatRefusesIsRetriedAFewTimesThenLoggedAndTheRequestStillCompletes()
    {
        await using var bot = await BotApp.StartAsync(configure: b => b.Services.Configure<ConnectorClientOptions>(o =>
        {
            o.MaxAttempts = 3;
            o.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxDelay = TimeSpan.FromMilliseconds(20);
        }));
        var emulator = new Emulator(Loopback.ClosedPortUrl());

        var stopwatch = Stopwatch.StartNew();
        var response = await bot.PostAsync(emulator.Message("三股势力"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(stopwatch.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Contains(bot.Logs.Entries, e => e.Level >= LogLevel.Warning && e.Category.Contains("Connector", StringComparison.Ordinal));
    }
}
