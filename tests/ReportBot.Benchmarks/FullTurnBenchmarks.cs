using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReportBot.Hosting;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;

using ReportBot.Search.Tests.Support;

namespace ReportBot.Benchmarks;

/// <summary>A whole turn in process, as /api/messages runs it minus HTTP: the app's own services, the dev questions in turn.</summary>
[MemoryDiagnoser]
public class FullTurnBenchmarks
{
    private TemporaryDataFolder data = null!;
    private WebApplication app = null!;
    private CloudAdapter adapter = null!;
    private IServiceProvider services = null!;
    private string[] questions = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        data = new TemporaryDataFolder();
        app = ReportBotApp.Create([$"--ReportBot:DataPath={data.Path}"], b => b.Logging.ClearProviders());
        services = app.Services;
        adapter = services.GetRequiredService<CloudAdapter>();
        questions = Search.Evaluation.EvalQuestion.Load(RepositoryPaths.DevQuestions).Select(q => q.Q).ToArray();
    }

    [Benchmark]
    public async Task<int> Turn()
    {
        var n = next++;
        var activity = new Activity(ActivityTypes.Message)
        {
            Id = "m" + n,
            ChannelId = Channels.Emulator,
            ServiceUrl = "http://localhost:1/",
            Conversation = new ConversationAccount(id: "c" + (n % 64)),
            From = new ChannelAccount("user"),
            Recipient = new ChannelAccount("bot"),
            Locale = "zh-CN",
            Text = questions[n % questions.Length],
        };
        var sent = 0;
        await adapter.ProcessActivityAsync(activity, services.GetRequiredService<IBot>(), (_, _) =>
        {
            sent++;
            return Task.FromResult(new ResourceResponse("r"));
        });
        return sent;
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await app.DisposeAsync();
        data.Dispose();
    }
}
