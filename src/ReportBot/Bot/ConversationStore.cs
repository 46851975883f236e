using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Schema;

namespace ReportBot.Bot;

/// <summary>
/// Per-conversation state behind <see cref="IDistributedCache"/>: in memory by default, in Redis when
/// configured, so that several bot instances serve one conversation. Entries expire when idle.
/// </summary>
internal sealed class ConversationStore(IDistributedCache cache, IOptions<ReportBotOptions> options)
{
    private const int MaxAskedKept = 20;

    public async Task<ConversationState> LoadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var bytes = await cache.GetAsync(Key(activity), cancellationToken);
        if (bytes is null) return ConversationState.Empty;
        try
        {
            return JsonSerializer.Deserialize(bytes, StateJsonContext.Default.ConversationState) ?? ConversationState.Empty;
        }
        catch (JsonException)
        {
            return ConversationState.Empty;
        }
    }

    public Task SaveAsync(Activity activity, ConversationState state, CancellationToken cancellationToken)
    {
        var kept = state.Asked.Count > MaxAskedKept ? state with { Asked = state.Asked.TakeLast(MaxAskedKept).ToList() } : state;
        var entry = new DistributedCacheEntryOptions { SlidingExpiration = TimeSpan.FromMinutes(Math.Max(1, options.Value.StateMinutes)) };
        return cache.SetAsync(Key(activity), JsonSerializer.SerializeToUtf8Bytes(kept, StateJsonContext.Default.ConversationState), entry, cancellationToken);
    }

    /// <summary>True the first time it is asked for a conversation (for a month): a welcome is sent once, even when a channel announces an arrival twice.</summary>
    public async Task<bool> TryMarkWelcomedAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = "reportbot:welcomed:" + activity.ChannelId + ":" + activity.Conversation?.Id;
        if (await cache.GetAsync(key, cancellationToken) is not null) return false;
        await cache.SetAsync(key, [1], new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromDays(30) }, cancellationToken);
        return true;
    }

    public Task ClearAsync(Activity activity, CancellationToken cancellationToken) => cache.RemoveAsync(Key(activity), cancellationToken);

    private static string Key(Activity activity) => $"reportbot:conversation:{activity.ChannelId}:{activity.Conversation?.Id}";
}
