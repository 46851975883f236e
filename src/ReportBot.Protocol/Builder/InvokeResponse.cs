namespace ReportBot.Protocol.Builder;

/// <summary>The HTTP status and JSON body that answer an invoke activity.</summary>
public class InvokeResponse
{
    public InvokeResponse()
    {
    }

    public InvokeResponse(int status, object? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }

    /// <summary>Any JSON-serializable object; written with <see cref="Schema.ProtocolJson.Options"/>.</summary>
    public object? Body { get; set; }

    public bool IsSuccessStatusCode() => Status is >= 200 and <= 299;
}
