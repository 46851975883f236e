namespace ReportBot.Bot;

/// <summary>The report bot's log messages (source-generated: free when the level is off).</summary>
internal static partial class BotLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback submitted on {ChannelId} for reply {ReplyToId}")]
    public static partial void Feedback(ILogger logger, string? channelId, string? replyToId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reaction {Reaction} on {ChannelId} to reply {ReplyToId}")]
    public static partial void Reaction(ILogger logger, string? reaction, string? channelId, string? replyToId);
}
