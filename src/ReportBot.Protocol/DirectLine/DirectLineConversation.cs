using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// One conversation: its user, its bounded history, the lock that runs its turns one at a time, and the one
/// WebSocket listening to it. Appending assigns the id <c>"{id}|{sequence:D7}"</c> and stores a snapshot of the
/// JSON, so later changes to the activity object do not show.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly ActivityHistory _history;
    private StreamSubscriber? _subscriber;
    private long _lastSeenTicks;
    private bool _closed;

    public DirectLineConversation(string id, ConversationUser user, ActivityHistory history, DateTimeOffset now)
    {
        Id = id;
        User = user;
        _history = history;
        _lastSeenTicks = now.UtcTicks;
    }

    public string Id { get; }

    public ConversationUser User { get; }

    /// <summary>Held while a turn runs, so replies keep the order of the messages.</summary>
    public SemaphoreSlim TurnLock { get; } = new(1, 1);

    public DateTimeOffset LastSeen => new(Interlocked.Read(ref _lastSeenTicks), TimeSpan.Zero);

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastSeenTicks, now.UtcTicks);

    public bool IsIdle(DateTimeOffset now, TimeSpan idleTimeout) => now - LastSeen > idleTimeout;

    /// <summary>Gives <paramref name="activity"/> its id, stores it and wakes the stream; returns the id.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            var sequence = _history.Reserve();
            activity.Id = DirectLineIds.ActivityId(Id, sequence);
            if (!_closed)
            {
                _history.Add(sequence, ProtocolJson.SerializeToUtf8Bytes(activity));
                _subscriber?.Ring();
            }

            return activity.Id;
        }
    }

    public ActivityPage Read(long watermark, int pageSize)
    {
        lock (_gate)
        {
            return _history.Read(watermark, pageSize);
        }
    }

    /// <summary>Makes <paramref name="subscriber"/> the listener; an earlier one is ended with "collision".</summary>
    public void Subscribe(StreamSubscriber subscriber)
    {
        StreamSubscriber? previous;
        lock (_gate)
        {
            previous = _subscriber;
            _subscriber = subscriber;
            if (_closed)
            {
                subscriber.End(StreamClose.Expired);
            }
        }

        previous?.End(StreamClose.Collision);
    }

    public void Unsubscribe(StreamSubscriber subscriber)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_subscriber, subscriber))
            {
                _subscriber = null;
            }
        }
    }

    /// <summary>Frees the history and ends the stream; later appends are dropped.</summary>
    public void Close(StreamClose reason)
    {
        StreamSubscriber? subscriber;
        lock (_gate)
        {
            _closed = true;
            _history.Clear();
            subscriber = _subscriber;
            _subscriber = null;
        }

        subscriber?.End(reason);
    }
}
