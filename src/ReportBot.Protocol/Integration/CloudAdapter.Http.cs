using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>The HTTP edge: <c>POST /api/messages</c>.</summary>
public partial class CloudAdapter
{
    /// <summary>
    /// Handles one inbound HTTP request: POST only (405), JSON only (415), body within
    /// <see cref="CloudAdapterOptions.MaxRequestBodyBytes"/> (413), a parseable activity with type, conversation.id
    /// and serviceUrl (400), authenticated by <see cref="IBotFrameworkAuthentication"/> (401); then runs the turn and
    /// answers 200 (empty), the invoke response, or <c>{"activities":[…]}</c> for expectReplies. Errors are
    /// <c>application/problem+json</c>.
    /// </summary>
    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        var (activity, status, problem) = await InboundActivityReader.ReadAsync(httpRequest, _options.MaxRequestBodyBytes, cancellationToken).ConfigureAwait(false);
        if (activity is null)
        {
            AdapterLog.RequestRejected(_logger, status, problem!);
            if (status == StatusCodes.Status405MethodNotAllowed)
            {
                httpResponse.Headers.Allow = HttpMethods.Post;
            }

            await ProblemResponse.WriteAsync(httpResponse, status, problem!, cancellationToken).ConfigureAwait(false);
            return;
        }

        var authHeader = httpRequest.Headers.Authorization.ToString();
        var auth = await AuthenticateAsync(activity, string.IsNullOrEmpty(authHeader) ? null : authHeader, cancellationToken).ConfigureAwait(false);
        if (!auth.Succeeded)
        {
            AdapterLog.AuthenticationFailed(_logger, activity.Id, activity.ChannelId, auth.FailureReason);
            httpResponse.Headers.WWWAuthenticate = "Bearer";
            await ProblemResponse.WriteAsync(httpResponse, StatusCodes.Status401Unauthorized, "The request could not be authenticated.", cancellationToken).ConfigureAwait(false);
            return;
        }

        activity.CallerId = auth.CallerId;
        var audience = auth.Audience;
        InvokeResponse? result;
        try
        {
            result = await RunTurnAsync(activity, bot, auth.ClaimsIdentity, audience, (reply, ct) => _connector.SendActivityAsync(reply, audience, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            AdapterLog.TurnErrorUnhandled(_logger, activity.Id, exception);
            if (!httpResponse.HasStarted)
            {
                await ProblemResponse.WriteAsync(httpResponse, StatusCodes.Status500InternalServerError, "The bot could not process the activity.", cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await WriteResultAsync(httpResponse, result, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AuthenticateRequestResult> AuthenticateAsync(Activity activity, string? authHeader, CancellationToken cancellationToken)
    {
        try
        {
            return await _authentication.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false)
                ?? AuthenticateRequestResult.Fail("the authenticator returned no result");
        }
        catch (UnauthorizedAccessException exception)
        {
            return AuthenticateRequestResult.Fail(exception.Message);
        }
    }

    private static async Task WriteResultAsync(HttpResponse httpResponse, InvokeResponse? result, CancellationToken cancellationToken)
    {
        httpResponse.StatusCode = result?.Status ?? StatusCodes.Status200OK;
        if (result?.Body is not { } body)
        {
            httpResponse.ContentLength = 0;
            return;
        }

        var bytes = body is ExpectedReplies replies
            ? JsonSerializer.SerializeToUtf8Bytes(replies, ProtocolJson.Context.ExpectedReplies)
            : JsonSerializer.SerializeToUtf8Bytes(body, ProtocolJson.Options.GetTypeInfo(body.GetType()));
        httpResponse.ContentType = "application/json; charset=utf-8";
        httpResponse.ContentLength = bytes.Length;
        await httpResponse.Body.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
    }
}
