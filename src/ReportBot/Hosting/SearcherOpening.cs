using ReportBot.Search.Indexing;
using ReportBot.Search.Querying;

namespace ReportBot.Hosting;

/// <summary>
/// Opens the searcher in the background from the moment the app is composed: builds the index when
/// missing or stale, then runs one question so the search path is compiled before anyone asks.
/// A data error is kept and thrown where the searcher is first needed (the start of the host).
/// </summary>
internal sealed class SearcherOpening(Func<IndexStore> createStore)
{
    private readonly Lazy<IndexStore> store = new(createStore);
    private Task<ReportSearcher>? opening;

    public IndexStore Store => store.Value;

    /// <summary>The open searcher; waits for the opening if it is still running.</summary>
    public ReportSearcher Searcher => Start().GetAwaiter().GetResult();

    public Task<ReportSearcher> Start() => LazyInitializer.EnsureInitialized(ref opening, () => Task.Run(() =>
    {
        var searcher = ReportSearcher.Open(Store);
        searcher.Search("2024年贸易总额是多少？");
        return searcher;
    }));
}
