namespace ReportBot.Protocol.Integration;

/// <summary>Settings of <see cref="CloudAdapter"/>.</summary>
public sealed class CloudAdapterOptions
{
    /// <summary>Largest accepted request body (Direct Line's activity limit is 256 K); larger gets 413.</summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>The one reply the default <c>OnTurnError</c> sends when the bot throws; null or empty sends none.</summary>
    public string? ErrorReplyText { get; set; } = "Sorry, something went wrong while answering. Please try again.";
}
