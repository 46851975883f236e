using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Indexing;

public sealed class IndexStoreTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new();
    private readonly IndexStore store;

    public IndexStoreTests() => store = new IndexStore(folder.Path);

    private string ReportCopy => Path.Combine(folder.Reports, "china-central-asia-spirit.txt");

    [Fact]
    public void BuildsEveryParagraphCaptionAndBylineIntoAGenerationNamedCurrent()
    {
        var result = store.Build();

        Assert.Equal(1, result.Manifest.Documents);
        Assert.Equal(30 + 5 + 2, result.Manifest.Passages);
        Assert.Equal(result.GenerationPath, store.CurrentGenerationPath());
        Assert.True(store.IsCurrent());
        Assert.Null(store.EnsureCurrent());
    }

    [Fact]
    public void AMissingIndexIsBuiltWhenTheSearcherOpens()
    {
        Assert.Null(store.CurrentGenerationPath());
        using var searcher = ReportSearcher.Open(store);
        Assert.NotNull(store.CurrentGenerationPath());
        Assert.Equal(37, searcher.PassageCount);
    }

    [Fact]
    public void AChangedSourceMakesTheIndexStaleAndTheRebuildRemovesTheOldGeneration()
    {
        var first = store.Build().GenerationPath;
        File.AppendAllText(ReportCopy, "\n\n补充说明：双方同意在喀纳斯举办联合旅游推介会。\n");

        Assert.False(store.IsCurrent());
        var second = store.EnsureCurrent();

        Assert.NotNull(second);
        Assert.NotEqual(first, second.GenerationPath);
        Assert.False(Directory.Exists(first));
        Assert.Equal(38, second.Manifest.Passages);
    }

    [Fact]
    public void ChangedMetadataAlsoMakesTheIndexStale()
    {
        store.Build();
        var metadata = Path.ChangeExtension(ReportCopy, ".json");
        File.WriteAllText(metadata, File.ReadAllText(metadata).Replace("新华社", "新华通讯社"));
        Assert.False(store.IsCurrent());
    }

    [Fact]
    public void AnOpenSearcherKeepsAnsweringDuringARebuildAndRefreshPicksUpTheNewGeneration()
    {
        using var searcher = ReportSearcher.Open(store);
        File.AppendAllText(ReportCopy, "\n\n补充说明：双方同意在喀纳斯举办联合旅游推介会。\n");
        const string question = "联合旅游推介会在哪里举办？";
        Assert.NotEqual(AnswerStatus.Answered, searcher.Search(question).Status);

        store.Build();
        Assert.Contains("948亿美元", searcher.Search("2024年中国同中亚国家贸易总额是多少？").Hits[0].Quote);
        Assert.True(searcher.Refresh());
        Assert.False(searcher.Refresh());

        var answer = searcher.Search(question);
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("喀纳斯", answer.Hits[0].Quote);
    }

    [Fact]
    public void AReportWithoutItsMetadataFileIsAnErrorThatNamesTheFile()
    {
        File.Delete(Path.ChangeExtension(ReportCopy, ".json"));
        var error = Assert.Throws<ReportDataException>(() => store.Build());
        Assert.Contains("china-central-asia-spirit.json", error.Message);
    }

    [Fact]
    public void MalformedMetadataIsAnErrorThatNamesTheFile()
    {
        File.WriteAllText(Path.ChangeExtension(ReportCopy, ".json"), "{ \"title\": ");
        var error = Assert.Throws<ReportDataException>(() => store.Build());
        Assert.Contains("not valid JSON", error.Message);
    }

    [Fact]
    public void AFolderWithoutReportsIsAnError()
    {
        using var empty = new TemporaryDataFolder(withReports: false);
        Assert.Throws<ReportDataException>(() => new IndexStore(empty.Path).Build());
    }

    public void Dispose() => folder.Dispose();
}
