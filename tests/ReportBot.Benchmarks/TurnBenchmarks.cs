using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using ReportBot.Bot;
using ReportBot.Protocol.Schema;
using ReportBot.Replies;
using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

using ReportBot.Search.Tests.Support;

namespace ReportBot.Benchmarks;

/// <summary>The rest of a turn around the search: reading the inbound activity, rendering the reply, writing it.</summary>
[MemoryDiagnoser]
public class TurnBenchmarks
{
    private const string Inbound = """
        {"type":"message","id":"m1","timestamp":"2026-11-24T10:00:00.000Z","localTimestamp":"2026-11-24T18:00:00.000+08:00",
         "channelId":"emulator","serviceUrl":"http://localhost:51234","from":{"id":"user-1","name":"User","role":"user"},
         "conversation":{"id":"6f1d3c2a-9b8e-11ef-a6c5-b4e3d2c1f0a9|livechat"},"recipient":{"id":"bot-1","name":"Bot","role":"bot"},
         "locale":"zh-CN","text":"2024年中国同中亚国家贸易总额是多少？","textFormat":"plain",
         "entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}],
         "channelData":{"clientActivityID":"1732442400000abc"}}
        """;

    private TemporaryDataFolder data = null!;
    private ReportSearcher searcher = null!;
    private ReplyFactory replies = null!;
    private Answer answer = null!;
    private Activity activity = null!;
    private Activity reply = null!;

    /// <summary>Emulator and Web Chat get a card and Web Chat citations, Teams a card and its citations, other channels Markdown only.</summary>
    [Params("emulator", "msteams", "slack")]
    public string Channel { get; set; } = "emulator";

    [GlobalSetup]
    public void Setup()
    {
        data = new TemporaryDataFolder();
        searcher = ReportSearcher.Open(new IndexStore(data.Path));
        replies = new ReplyFactory(Options.Create(new ReportBotOptions { ExampleQuestions = ["2024年中国同中亚国家贸易总额是多少？", "中吉乌铁路项目进展如何？", "三股势力"] }));
        activity = ProtocolJson.DeserializeActivity(Inbound)!;
        activity.ChannelId = Channel;
        answer = searcher.Search("哈萨克斯坦");
        reply = RenderReply();
    }

    /// <summary>The inbound Emulator activity, from JSON.</summary>
    [Benchmark]
    public Activity? ReadActivity() => ProtocolJson.DeserializeActivity(Inbound);

    /// <summary>An answer of three results as the reply activity: Markdown, Adaptive Card, citations, suggested actions.</summary>
    [Benchmark]
    public Activity RenderReply() => replies.Answer(answer, ReplyLanguage.Chinese, activity, [], continuation: false);

    /// <summary>The reply activity, to JSON.</summary>
    [Benchmark]
    public byte[] WriteReply() => ProtocolJson.SerializeToUtf8Bytes(reply);

    [GlobalCleanup]
    public void Cleanup()
    {
        searcher.Dispose();
        data.Dispose();
    }
}
