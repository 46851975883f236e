using System.Net.WebSockets;
using System.Text;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>A WebSocket client of the stream, as DirectLineJS opens it: collects every activity it is sent.</summary>
internal sealed class StreamClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly ClientWebSocket _socket;

    private StreamClient(ClientWebSocket socket) => _socket = socket;

    public List<System.Text.Json.JsonElement> Activities { get; } = [];

    public List<string?> Watermarks { get; } = [];

    public WebSocket Socket => _socket;

    public static async Task<StreamClient> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(Patience);
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return new StreamClient(socket);
    }

    /// <summary>The HTTP status a refused upgrade answered with.</summary>
    public static async Task<int> RefusalAsync(string streamUrl)
    {
        using var socket = new ClientWebSocket();
        socket.Options.CollectHttpResponseDetails = true;
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(new Uri(streamUrl), CancellationToken.None));
        return (int)socket.HttpStatusCode;
    }

    /// <summary>Receives frames until the collected activities' texts include all of <paramref name="texts"/>.</summary>
    public async Task<string[]> ReceiveUntilAsync(params string[] texts)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!texts.All(Texts.Contains))
        {
            var frame = await ReceiveFrameAsync(timeout.Token);
            Assert.True(frame is not null, $"The stream closed before it sent {string.Join(", ", texts)}; got {string.Join(", ", Texts)}.");
            if (frame.Length == 0)
            {
                continue;
            }

            var set = ActivitySet.Parse(frame);
            Activities.AddRange(set.Activities);
            Watermarks.Add(set.Watermark);
        }

        return Texts;
    }

    /// <summary>Receives until the server closes, answers its close frame as browsers do, and returns its status and reason.</summary>
    public async Task<(WebSocketCloseStatus? Status, string? Reason)> ReceiveCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (await ReceiveFrameAsync(timeout.Token) is not null)
        {
        }

        await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        return (_socket.CloseStatus, _socket.CloseStatusDescription);
    }

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public string[] Texts => ActivitySetTexts();

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(Patience);
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
        }

        _socket.Dispose();
    }

    private string[] ActivitySetTexts() => new ActivitySet(Activities, null).Texts;

    /// <summary>One whole text frame, or null once the server closed.</summary>
    private async Task<string?> ReceiveFrameAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
