namespace ReportBot.Protocol.Connector;

/// <summary>A Connector call failed for good (after retries, or at once for non-transient errors).</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException(string message, int? statusCode = null, int attempts = 0, string? errorCode = null, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Attempts = attempts;
        ErrorCode = errorCode;
    }

    /// <summary>The last HTTP status, or null when no response arrived (refused, timed out, invalid URL).</summary>
    public int? StatusCode { get; }

    /// <summary>How many requests were made.</summary>
    public int Attempts { get; }

    /// <summary>The channel's <c>error.code</c>, when it sent one.</summary>
    public string? ErrorCode { get; }
}
