using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Error answers in Direct Line's own shape, the Bot Framework <c>ErrorResponse</c>
/// <c>{"error":{"code","message"}}</c>: DirectLineJS reacts to the status (403 expired token, 404 ended, 429
/// Retry-After) and the code tells people which case it was. Messages never carry tokens or stack traces.
/// </summary>
internal static class DirectLineErrors
{
    public const string BadArgument = "BadArgument";
    public const string Unauthorized = "Unauthorized";
    public const string Forbidden = "Forbidden";
    public const string TokenExpired = "TokenExpired";
    public const string NotFound = "NotFound";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
    public const string UnsupportedMediaType = "UnsupportedMediaType";
    public const string TooManyRequests = "TooManyRequests";
    public const string ServiceUnavailable = "ServiceUnavailable";
    public const string BotError = "BotError";
    public const string InternalError = "InternalError";

    public static Task WriteAsync(HttpContext http, int status, string code, string message, TimeSpan? retryAfter = null)
    {
        var response = http.Response;
        response.StatusCode = status;
        if (retryAfter is { } delay)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(delay.TotalSeconds));
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (status == StatusCodes.Status401Unauthorized)
        {
            response.Headers.WWWAuthenticate = "Bearer";
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new ErrorResponse(new Error(code, message)), ProtocolJson.Context.ErrorResponse);
        return DirectLineResponses.WriteJsonAsync(http, body);
    }

    public static Task NotFoundAsync(HttpContext http) =>
        WriteAsync(http, StatusCodes.Status404NotFound, NotFound, "The conversation does not exist or has expired.");
}
