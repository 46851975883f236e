using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebSockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Integration;

namespace ReportBot.Protocol.DirectLine;

public static class DirectLineEndpointRouteBuilderExtensions
{
    /// <summary>Where the routes live, as on Azure: Web Chat's <c>domain</c> is <c>{site}/v3/directline</c>.</summary>
    public const string BasePath = "/v3/directline";

    /// <summary>
    /// Maps the Direct Line 3.0 routes Web Chat 4.18 (DirectLineJS 0.15) uses under <c>/v3/directline</c>:
    /// <c>POST tokens/generate</c>, <c>POST tokens/refresh</c>, <c>POST conversations</c>,
    /// <c>GET conversations/{id}</c>, <c>GET|POST conversations/{id}/activities</c>,
    /// <c>GET conversations/{id}/stream</c> (WebSocket), <c>POST conversations/{id}/upload</c> (404: no files), CORS
    /// preflights, and a 404 ErrorResponse for anything else under the base path. Turns run in-process through the
    /// <see cref="CloudAdapter"/> with the <see cref="IBot"/> from the request's services.
    /// <para>
    /// Needs <c>services.AddDirectLine()</c> and <c>services.AddBotFrameworkAdapter()</c> (checked here). The stream
    /// route carries its own WebSocket support, so <c>app.UseWebSockets()</c> is not needed (calling it is harmless).
    /// Behind a reverse proxy, run <c>app.UseForwardedHeaders()</c> first so client addresses, scheme and host (used
    /// for rate limits and the <c>wss://</c> stream URL) are the visitor's.
    /// </para>
    /// </summary>
    /// <returns>The route group, to add conventions (host filters, authorization …).</returns>
    public static IEndpointConventionBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (services.GetService<DirectLineTokens>() is null)
        {
            throw new InvalidOperationException("MapDirectLine needs services.AddDirectLine() first.");
        }

        if (services.GetService<CloudAdapter>() is null)
        {
            throw new InvalidOperationException("MapDirectLine needs services.AddBotFrameworkAdapter() first: turns run through its CloudAdapter.");
        }

        var group = endpoints.MapGroup(BasePath);
        group.MapPost("/tokens/generate", DirectLineRequest.Handle<TokenEndpoints>((e, http) => e.GenerateAsync(http)));
        group.MapPost("/tokens/refresh", DirectLineRequest.Handle<TokenEndpoints>((e, http) => e.RefreshAsync(http)));
        group.MapPost("/conversations", DirectLineRequest.Handle<ConversationEndpoints>((e, http) => e.StartAsync(http)));
        group.MapGet("/conversations/{conversationId}", DirectLineRequest.Handle<ConversationEndpoints>((e, http) => e.ReconnectAsync(http, DirectLineRequest.ConversationId(http))));
        group.MapGet("/conversations/{conversationId}/activities", DirectLineRequest.Handle<ActivityEndpoints>((e, http) => e.GetAsync(http, DirectLineRequest.ConversationId(http))));
        group.MapPost("/conversations/{conversationId}/activities", DirectLineRequest.Handle<ActivityEndpoints>((e, http) => e.PostAsync(http, DirectLineRequest.ConversationId(http))));
        group.MapPost("/conversations/{conversationId}/upload", DirectLineRequest.Handle(http => DirectLineErrors.WriteAsync(
            http, StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "This bot does not accept files; hide Web Chat's upload button (styleOptions.hideUploadButton).")));
        group.MapGet("/conversations/{conversationId}/stream", WithWebSockets(services, DirectLineRequest.Handle<StreamEndpoint>((e, http) => e.ConnectAsync(http, DirectLineRequest.ConversationId(http)))));
        group.Map("/{**path}", DirectLineRequest.Handle(http => HttpMethods.IsOptions(http.Request.Method)
            ? AnswerPreflight(http)
            : DirectLineErrors.WriteAsync(http, StatusCodes.Status404NotFound, DirectLineErrors.NotFound, "There is no such Direct Line route.")));
        return group;
    }

    private static Task AnswerPreflight(HttpContext http)
    {
        DirectLineCors.AnswerPreflight(http);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Puts ASP.NET Core's WebSocket support in front of the stream route only (it steps aside when the app already
    /// ran <c>UseWebSockets()</c>). Server pings every 30 s; a peer silent for 30 s more is dropped.
    /// </summary>
    private static RequestDelegate WithWebSockets(IServiceProvider services, RequestDelegate next)
    {
        var options = Options.Create(new WebSocketOptions
        {
            KeepAliveInterval = TimeSpan.FromSeconds(30),
            KeepAliveTimeout = TimeSpan.FromSeconds(30),
        });
        return new WebSocketMiddleware(next, options, services.GetRequiredService<ILoggerFactory>()).Invoke;
    }
}
