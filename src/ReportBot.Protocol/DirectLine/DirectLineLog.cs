using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Direct Line log events. No tokens, secrets, message text or client addresses are logged.</summary>
internal static partial class DirectLineLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Started Direct Line conversation {ConversationId}")]
    public static partial void ConversationStarted(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug, Message = "Received activity {ActivityId} ({ActivityType})")]
    public static partial void ActivityReceived(ILogger logger, string activityId, string? activityType);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Refused a Direct Line request with {StatusCode} {Code}: {Reason}")]
    public static partial void RequestRefused(ILogger logger, int statusCode, string code, string reason);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Direct Line rate limit hit: {Limit}")]
    public static partial void RateLimited(ILogger logger, string limit);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Warning, Message = "Direct Line is at its limit of {MaxConversations} live conversations")]
    public static partial void ConversationLimitReached(ILogger logger, int maxConversations);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Information, Message = "Removed {Count} idle Direct Line conversations; {Remaining} remain")]
    public static partial void ConversationsExpired(ILogger logger, int count, int remaining);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Error, Message = "The bot's turn for activity {ActivityId} failed past the adapter's error handling")]
    public static partial void TurnFailed(ILogger logger, string? activityId, Exception exception);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "Stream of conversation {ConversationId} opened")]
    public static partial void StreamOpened(ILogger logger, string conversationId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Debug, Message = "Stream of conversation {ConversationId} closed: {Reason}")]
    public static partial void StreamClosed(ILogger logger, string conversationId, string reason);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Error, Message = "A Direct Line request failed unexpectedly")]
    public static partial void RequestFailed(ILogger logger, Exception exception);
}
