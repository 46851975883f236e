using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

namespace ReportBot.Search.Tests.Support;

/// <summary>The report indexed once in a folder of its own, with a searcher over it, shared by a test class.</summary>
public sealed class ReportIndexFixture : IDisposable
{
    private readonly TemporaryDataFolder folder = new();

    public ReportIndexFixture()
    {
        Store = new IndexStore(folder.Path);
        Searcher = ReportSearcher.Open(Store);
    }

    internal IndexStore Store { get; }

    public ReportSearcher Searcher { get; }

    public void Dispose()
    {
        Searcher.Dispose();
        folder.Dispose();
    }
}
