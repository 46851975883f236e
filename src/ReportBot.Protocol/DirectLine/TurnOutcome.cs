namespace ReportBot.Protocol.DirectLine;

/// <summary>How a turn ended, as far as the HTTP answer is concerned.</summary>
internal enum TurnOutcome
{
    /// <summary>The bot finished, or the adapter's error handling dealt with its error (and apologized).</summary>
    Completed,

    /// <summary>An error escaped the adapter's error handling: 502 BotError.</summary>
    Failed,

    /// <summary>The host is stopping: 503.</summary>
    ShuttingDown,
}
