using BenchmarkDotNet.Attributes;
using ReportBot.Search.Evaluation;
using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

using ReportBot.Search.Tests.Support;

namespace ReportBot.Benchmarks;

/// <summary>
/// How a question's cost grows with the corpus: the report plus copies of it whose paragraphs are
/// reshuffled (each copy a document of its own, so the text stays real Chinese and every term keeps
/// its place in many documents).
/// </summary>
[MemoryDiagnoser]
public class CorpusGrowthBenchmarks
{
    private TemporaryDataFolder data = null!;
    private ReportSearcher searcher = null!;
    private string[] questions = [];
    private int next;

    [Params(1, 10, 100, 1000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        data = new TemporaryDataFolder();
        var reports = data.Reports;
        var text = File.ReadAllText(Path.Combine(reports, "china-central-asia-spirit.txt"));
        var metadata = File.ReadAllText(Path.Combine(reports, "china-central-asia-spirit.json"));
        var paragraphs = text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Length > 40).ToArray();
        for (var copy = 1; copy < Documents; copy++)
        {
            var random = new Random(copy);
            var shuffled = paragraphs.OrderBy(_ => random.Next()).ToArray();
            File.WriteAllText(Path.Combine(reports, $"copy-{copy:D4}.txt"), $"第{copy}份重排文本\n\n{string.Join("\n\n", shuffled)}\n\n新华社记者 测试\n");
            File.WriteAllText(Path.Combine(reports, $"copy-{copy:D4}.json"), metadata);
        }
        searcher = ReportSearcher.Open(new IndexStore(data.Path));
        questions = EvalQuestion.Load(RepositoryPaths.DevQuestions).Select(q => q.Q).ToArray();
    }

    [Benchmark]
    public Answer Question() => searcher.Search(questions[next++ % questions.Length]);

    [GlobalCleanup]
    public void Cleanup()
    {
        searcher.Dispose();
        data.Dispose();
    }
}
