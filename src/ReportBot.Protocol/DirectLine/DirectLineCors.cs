using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// CORS for the Direct Line routes, done here rather than by the CORS middleware so the app needs no UseCors():
/// preflights are answered with the headers DirectLineJS sends (Authorization, Content-Type, x-ms-bot-agent, and
/// X-Requested-With, which its RxJS ajax adds: without it a page on another origin cannot start a conversation), and
/// every answer names the allowed origin and exposes Retry-After. With allowed origins configured, a browser request
/// from any other origin is refused with 403.
/// </summary>
internal sealed class DirectLineCors(IOptions<DirectLineOptions> options)
{
    public const string AllowedHeaders = "Authorization, Content-Type, x-ms-bot-agent, X-Requested-With";
    public const string AllowedMethods = "GET, POST, OPTIONS";

    private readonly HashSet<string> _origins = new(
        (options.Value.AllowedOrigins ?? []).Select(o => o.Trim().TrimEnd('/')),
        StringComparer.OrdinalIgnoreCase);

    private bool AnyOrigin => _origins.Count == 0 || _origins.Contains("*");

    public static bool IsValidOrigin(string origin) =>
        origin.Trim() == "*"
        || (Uri.TryCreate(origin.Trim(), UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.AbsolutePath == "/" && string.IsNullOrEmpty(uri.Query));

    /// <summary>Adds the CORS response headers; false when the request's origin is not allowed.</summary>
    public bool Apply(HttpContext http)
    {
        var origin = http.Request.Headers.Origin;
        if (StringValues.IsNullOrEmpty(origin))
        {
            return true;
        }

        var headers = http.Response.Headers;
        if (AnyOrigin)
        {
            headers.AccessControlAllowOrigin = "*";
        }
        else if (_origins.Contains(origin.ToString()))
        {
            headers.AccessControlAllowOrigin = origin;
            headers.Vary = "Origin";
        }
        else
        {
            return false;
        }

        headers.AccessControlExposeHeaders = "Retry-After";
        return true;
    }

    /// <summary>Answers an OPTIONS preflight: 204 with the allowed methods and headers.</summary>
    public static void AnswerPreflight(HttpContext http)
    {
        var headers = http.Response.Headers;
        headers.AccessControlAllowMethods = AllowedMethods;
        headers.AccessControlAllowHeaders = AllowedHeaders;
        headers.AccessControlMaxAge = "600";
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }
}
