namespace ReportBot.Protocol.Schema;

/// <summary>The body of a Connector error: <c>{"error":{"code","message"}}</c>.</summary>
public class ErrorResponse
{
    public ErrorResponse()
    {
    }

    public ErrorResponse(Error? error) => Error = error;

    public Error? Error { get; set; }
}
