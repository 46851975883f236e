using BenchmarkDotNet.Attributes;
using ReportBot.Search.Evaluation;
using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

using ReportBot.Search.Tests.Support;

namespace ReportBot.Benchmarks;

/// <summary>The search core: one question end to end (analyze, search, score sentences, quote, highlight), and building the report's index.</summary>
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private TemporaryDataFolder data = null!;
    private IndexStore store = null!;
    private ReportSearcher searcher = null!;
    private string[] questions = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        data = new TemporaryDataFolder();
        store = new IndexStore(data.Path);
        searcher = ReportSearcher.Open(store);
        questions = EvalQuestion.Load(RepositoryPaths.DevQuestions).Select(q => q.Q).ToArray();
    }

    /// <summary>One question, the development questions taken in turn so no answer is reused.</summary>
    [Benchmark]
    public Answer Question() => searcher.Search(questions[next++ % questions.Length]);

    /// <summary>Parse the report, analyze and write every passage, commit, swap the generation in.</summary>
    [Benchmark]
    public IndexBuildResult BuildIndex() => store.Build();

    [GlobalCleanup]
    public void Cleanup()
    {
        searcher.Dispose();
        data.Dispose();
    }
}
