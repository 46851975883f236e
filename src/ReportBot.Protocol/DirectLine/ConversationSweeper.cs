using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Removes idle conversations in the background (lookups remove them too), so their memory goes soon.</summary>
internal sealed class ConversationSweeper(ConversationStore store, IOptions<DirectLineOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var half = options.Value.ConversationIdleTimeout / 2;
        var interval = half < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : half > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : half;
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            store.Sweep();
        }
    }
}
