using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;
using ReportBot.Search.Tests.Support;

namespace ReportBot.Search.Tests.Querying;

/// <summary>A sentence longer than a quote may be is trimmed around the words asked for, with an ellipsis where cut.</summary>
public sealed class LongSentenceQuoteTests : IDisposable
{
    private readonly TemporaryDataFolder folder = new(withReports: false);

    [Fact]
    public void AnOverlongSentenceIsTrimmedAroundTheMatchWithEllipses()
    {
        var filler = string.Concat(Enumerable.Range(1, 30).Select(i => $"第{i}项合作稳步推进，"));
        var text = $"长句测试\n\n一篇文章的开头。\n\n{filler}其中冰川监测站建设尤为突出，{filler}各方均表示满意。\n";
        File.WriteAllText(Path.Combine(folder.Reports, "long.txt"), text);
        File.WriteAllText(Path.Combine(folder.Reports, "long.json"), """{"title":"长句测试","publisher":"测试社","date":"2025-01-01","language":"zh-CN"}""");
        using var searcher = ReportSearcher.Open(new IndexStore(folder.Path));

        var hit = searcher.Search("冰川监测站").Hits[0];

        Assert.True(hit.Passage.Text.Length > 400);
        Assert.InRange(hit.Quote.Length, 20, QuoteMaker.MaxQuoteLength + 2);
        Assert.StartsWith("…", hit.Quote);
        Assert.EndsWith("…", hit.Quote);
        Assert.Contains("冰川监测站", hit.Quote);
        Assert.Contains(hit.Highlights, h => hit.Quote.Substring(h.Start, h.Length) == "冰川监测站");
    }

    public void Dispose() => folder.Dispose();
}
