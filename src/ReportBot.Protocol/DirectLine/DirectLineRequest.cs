using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// What every Direct Line route does around its handler: CORS (403 for an origin that is not allowed), and one
/// safety net — a client that went away ends quietly, a bad request from Kestrel keeps its status, and anything
/// else is logged and answered with an ErrorResponse, never a stack trace.
/// </summary>
internal static class DirectLineRequest
{
    /// <summary>A route handled by the singleton <typeparamref name="THandler"/>.</summary>
    public static RequestDelegate Handle<THandler>(Func<THandler, HttpContext, Task> handler)
        where THandler : notnull =>
        Handle(http => handler(http.RequestServices.GetRequiredService<THandler>(), http));

    public static RequestDelegate Handle(RequestDelegate handler) => async http =>
    {
        var services = http.RequestServices;
        if (!services.GetRequiredService<DirectLineCors>().Apply(http))
        {
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status403Forbidden, DirectLineErrors.Forbidden, "This origin may not call the Direct Line endpoint.").ConfigureAwait(false);
            return;
        }

        try
        {
            await handler(http).ConfigureAwait(false);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
        }
        catch (BadHttpRequestException exception) when (!http.Response.HasStarted)
        {
            await DirectLineErrors.WriteAsync(http, exception.StatusCode, DirectLineErrors.BadArgument, "The request could not be read.").ConfigureAwait(false);
        }
        catch (Exception exception) when (!http.Response.HasStarted)
        {
            DirectLineLog.RequestFailed(services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineRequest)), exception);
            await DirectLineErrors.WriteAsync(http, StatusCodes.Status500InternalServerError, DirectLineErrors.InternalError, "The Direct Line endpoint failed unexpectedly.").ConfigureAwait(false);
        }
    };

    /// <summary>The <c>{conversationId}</c> route value.</summary>
    public static string ConversationId(HttpContext http) => http.GetRouteValue("conversationId") as string ?? string.Empty;
}
