using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Authentication;

/// <summary>Authentication log events. Tokens, secrets and Authorization headers are never logged.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataUrl} (for unknown key id: {UnknownKeyId})")]
    public static partial void MetadataFetched(ILogger logger, string metadataUrl, int keyCount, string? unknownKeyId);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Could not fetch signing keys from {MetadataUrl}")]
    public static partial void MetadataFetchFailed(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Accepted a {TokenKind} token for activity {ActivityId} on channel {ChannelId}")]
    public static partial void TokenAccepted(ILogger logger, string tokenKind, string? activityId, string? channelId);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Refused to give the bot's token for {ServiceHost}: no authenticated request came from that service URL lately")]
    public static partial void UntrustedServiceUrl(ILogger logger, string serviceHost);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Fetched an outbound token from {Authority} valid until {ExpiresOn:O}")]
    public static partial void OutboundTokenFetched(ILogger logger, string authority, DateTimeOffset expiresOn);
}
