using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Integration;

/// <summary>Adapter log events. No message text, tokens or Authorization headers are logged.</summary>
internal static partial class AdapterLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Rejected a bot request with {StatusCode}: {Detail}")]
    public static partial void RequestRejected(ILogger logger, int statusCode, string detail);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Authentication failed for activity {ActivityId} on channel {ChannelId}: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, string? activityId, string? channelId, string? reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Error, Message = "The bot failed on activity {ActivityId} ({ActivityType}, channel {ChannelId})")]
    public static partial void TurnFailed(ILogger logger, string? activityId, string? activityType, string? channelId, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Could not deliver a {ReplyType} reply to activity {ActivityId}: {Reason}")]
    public static partial void DeliveryFailed(ILogger logger, string? replyType, string? activityId, string reason, Exception exception);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Warning, Message = "Could not send the error reply for activity {ActivityId}")]
    public static partial void ErrorReplyFailed(ILogger logger, string? activityId, Exception exception);

    [LoggerMessage(EventId = 1006, Level = LogLevel.Error, Message = "The turn for activity {ActivityId} failed and no error handler dealt with it")]
    public static partial void TurnErrorUnhandled(ILogger logger, string? activityId, Exception exception);
}
