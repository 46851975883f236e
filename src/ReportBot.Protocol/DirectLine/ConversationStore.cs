using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// The live conversations, in memory. At most <see cref="DirectLineOptions.MaxConversations"/>; idle ones are removed
/// when looked up, when the store is full and by <see cref="ConversationSweeper"/>, and their streams are closed.
/// </summary>
internal sealed class ConversationStore
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _createGate = new();
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<ConversationStore> logger)
    {
        _options = options.Value;
        _time = time;
        _logger = logger;
        Budget = new HistoryBudget(_options.MaxTotalHistoryBytes);
    }

    public HistoryBudget Budget { get; }

    public int Count => _conversations.Count;

    /// <summary>The live conversation with this id (touched), or null when unknown or idle too long.</summary>
    /// <summary>The live conversation, or null once the request has been answered 404.</summary>
    public async Task<DirectLineConversation?> FindOrRefuseAsync(HttpContext http, string id)
    {
        if (Find(id) is { } conversation) return conversation;
        await DirectLineErrors.NotFoundAsync(http).ConfigureAwait(false);
        return null;
    }

    /// <summary>The live conversation and the request's watermark, or null once the request has been answered 404 or 400.</summary>
    public async Task<(DirectLineConversation Conversation, long Watermark)?> FindWithWatermarkOrRefuseAsync(HttpContext http, string id)
    {
        if (await FindOrRefuseAsync(http, id).ConfigureAwait(false) is not { } conversation) return null;
        if (Watermark.TryRead(http.Request, out var watermark)) return (conversation, watermark);
        await Watermark.RefuseAsync(http).ConfigureAwait(false);
        return null;
    }

    public DirectLineConversation? Find(string id)
    {
        if (!_conversations.TryGetValue(id, out var conversation))
        {
            return null;
        }

        var now = _time.GetUtcNow();
        if (conversation.IsIdle(now, _options.ConversationIdleTimeout))
        {
            Remove(conversation);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>
    /// Starts conversation <paramref name="id"/> for <paramref name="user"/>. Returns the existing one when it is
    /// live (<paramref name="created"/> false), or null when the store is full of live conversations.
    /// </summary>
    public DirectLineConversation? Start(string id, ConversationUser user, out bool created)
    {
        created = false;
        if (Find(id) is { } existing)
        {
            return existing;
        }

        lock (_createGate)
        {
            if (_conversations.TryGetValue(id, out existing))
            {
                return existing;
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                Sweep();
            }

            if (_conversations.Count >= _options.MaxConversations)
            {
                DirectLineLog.ConversationLimitReached(_logger, _options.MaxConversations);
                return null;
            }

            var history = new ActivityHistory(_options.MaxHistoryPerConversation, _options.MaxHistoryBytesPerConversation, Budget);
            var conversation = new DirectLineConversation(id, user, history, _time.GetUtcNow());
            _conversations[id] = conversation;
            created = true;
            return conversation;
        }
    }

    /// <summary>Removes every idle conversation; returns how many went.</summary>
    public int Sweep()
    {
        var now = _time.GetUtcNow();
        var removed = 0;
        foreach (var (_, conversation) in _conversations)
        {
            if (conversation.IsIdle(now, _options.ConversationIdleTimeout) && Remove(conversation))
            {
                removed++;
            }
        }

        if (removed > 0)
        {
            DirectLineLog.ConversationsExpired(_logger, removed, _conversations.Count);
        }

        return removed;
    }

    private bool Remove(DirectLineConversation conversation)
    {
        if (!_conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversation.Id, conversation)))
        {
            return false;
        }

        conversation.Close(StreamClose.Expired);
        return true;
    }
}
