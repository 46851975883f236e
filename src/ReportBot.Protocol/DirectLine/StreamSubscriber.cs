using System.Threading.Channels;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// The one WebSocket listening to a conversation: a doorbell rung on every new activity (the socket then reads the
/// history itself, so a slow socket costs no queue memory) and an end signal with the close status to send.
/// </summary>
internal sealed class StreamSubscriber
{
    private readonly Channel<bool> _doorbell = Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    private readonly CancellationTokenSource _ended = new();
    private StreamClose? _close;

    public CancellationToken Ended => _ended.Token;

    /// <summary>Why the server ends the stream, once <see cref="End"/> was called.</summary>
    public StreamClose? Close => Volatile.Read(ref _close);

    public void Ring() => _doorbell.Writer.TryWrite(true);

    /// <summary>Waits for the next ring (returns at once when one is pending).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        await _doorbell.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false);
        _doorbell.Reader.TryRead(out _);
    }

    /// <summary>Ends the stream; the first reason given wins.</summary>
    public void End(StreamClose close)
    {
        if (Interlocked.CompareExchange(ref _close, close, null) is null)
        {
            _ended.Cancel();
        }
    }
}
