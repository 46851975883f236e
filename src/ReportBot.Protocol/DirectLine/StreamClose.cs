using System.Net.WebSockets;

namespace ReportBot.Protocol.DirectLine;

/// <summary>The close frame the server sends when it ends a stream.</summary>
internal sealed record StreamClose(WebSocketCloseStatus Status, string Reason)
{
    public static StreamClose Collision { get; } = new(WebSocketCloseStatus.PolicyViolation, "collision");

    public static StreamClose Expired { get; } = new(WebSocketCloseStatus.NormalClosure, "conversation expired");

    public static StreamClose ShuttingDown { get; } = new(WebSocketCloseStatus.EndpointUnavailable, "server shutting down");
}
