using ReportBot.Search.Querying;

namespace ReportBot.Hosting;

/// <summary>
/// Opens the searcher at start (so the index is built, or a data error stops the bot, before it
/// serves), then looks for a newer index generation every few seconds and swaps it in.
/// </summary>
internal sealed partial class IndexRefresher(SearcherOpening opening, ILogger<IndexRefresher> logger, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    private ReportSearcher searcher = null!;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        searcher = await opening.Start().WaitAsync(cancellationToken);
        LogLoaded(logger, searcher.PassageCount, searcher.GenerationPath);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                if (searcher.Refresh()) LogLoaded(logger, searcher.PassageCount, searcher.GenerationPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Lucene.Net.Index.CorruptIndexException)
            {
                LogRefreshFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index loaded: {Passages} passages from {Generation}")]
    private static partial void LogLoaded(ILogger logger, int passages, string generation);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not load the new index generation; keeping the current one")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception);
}
