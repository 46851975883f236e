using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.Connector;

/// <summary>Connector log events. URLs are logged by host only; tokens never.</summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Warning, Message = "Connector {Operation} to {Host} failed on attempt {Attempt} of {MaxAttempts} ({Failure}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string host, int attempt, int maxAttempts, string failure, long delayMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error, Message = "Connector refused to send {Operation}: the serviceUrl is not an absolute http or https URL")]
    public static partial void InvalidServiceUrl(ILogger logger, string operation);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Debug, Message = "Connector {Operation} to {Host} answered {StatusCode} with a body that is not a resource response")]
    public static partial void UnreadableResponse(ILogger logger, string operation, string host, int statusCode);
}
