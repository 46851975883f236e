using System.Net.WebSockets;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// One open WebSocket: sends what is stored after the watermark, then a frame (an ActivitySet) whenever the doorbell
/// rings; drains and ignores client frames (DirectLineJS sends "" every 20 s). Ends when the client closes, the
/// subscriber is ended (collision, expiry) or the host stops, with a close handshake bounded in time. Sends and
/// receives are never cancelled mid-frame (that would abort the socket); only the waits are.
/// </summary>
internal sealed class StreamSession(WebSocket socket, DirectLineConversation conversation, StreamSubscriber subscriber, int pageSize)
{
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Runs the stream; returns why it ended, for the log.</summary>
    public async Task<string> RunAsync(long watermark, CancellationToken stopping)
    {
        using var session = CancellationTokenSource.CreateLinkedTokenSource(subscriber.Ended, stopping);
        var clientClosed = ReceiveUntilCloseAsync();
        try
        {
            while (true)
            {
                watermark = await SendNewAsync(watermark).ConfigureAwait(false);
                var ring = subscriber.WaitAsync(session.Token);
                if (await Task.WhenAny(ring, clientClosed).ConfigureAwait(false) == clientClosed)
                {
                    break;
                }

                await ring.ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (session.IsCancellationRequested)
        {
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            return "connection lost";
        }
        finally
        {
            await session.CancelAsync().ConfigureAwait(false);
        }

        var close = subscriber.Close ?? (stopping.IsCancellationRequested ? StreamClose.ShuttingDown : null);
        await CloseAsync(close, clientClosed).ConfigureAwait(false);
        return close?.Reason ?? "closed by the client";
    }

    private async Task<long> SendNewAsync(long watermark)
    {
        while (true)
        {
            var page = conversation.Read(watermark, pageSize);
            if (page.Activities.Count == 0)
            {
                return page.Watermark;
            }

            using var timeout = new CancellationTokenSource(SendTimeout);
            await socket.SendAsync(page.ToActivitySetJson(), WebSocketMessageType.Text, endOfMessage: true, timeout.Token).ConfigureAwait(false);
            watermark = page.Watermark;
        }
    }

    private async Task ReceiveUntilCloseAsync()
    {
        var buffer = new byte[1024];
        try
        {
            ValueWebSocketReceiveResult frame;
            do
            {
                frame = await socket.ReceiveAsync(buffer.AsMemory(), CancellationToken.None).ConfigureAwait(false);
            }
            while (frame.MessageType != WebSocketMessageType.Close);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private async Task CloseAsync(StreamClose? close, Task clientClosed)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout);
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = socket.State == WebSocketState.Open && close is not null ? close.Status : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(status, close?.Reason, timeout.Token).ConfigureAwait(false);
            }

            await clientClosed.WaitAsync(CloseTimeout).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or TimeoutException)
        {
        }
    }
}
