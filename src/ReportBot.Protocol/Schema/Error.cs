namespace ReportBot.Protocol.Schema;

/// <summary>One Connector error (<see cref="ErrorResponse.Error"/>).</summary>
public class Error
{
    public Error()
    {
    }

    public Error(string? code = null, string? message = null, InnerHttpError? innerHttpError = null)
    {
        Code = code;
        Message = message;
        InnerHttpError = innerHttpError;
    }

    public string? Code { get; set; }

    public string? Message { get; set; }

    public InnerHttpError? InnerHttpError { get; set; }
}
