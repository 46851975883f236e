using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Connector;

/// <summary>
/// Connector v3 over a typed <see cref="HttpClient"/>: JSON body, optional bearer token from
/// <see cref="IOutboundTokenProvider"/>, bounded retries with backoff on refused connections, timeouts, 408, 429
/// and 5xx (honouring Retry-After), tolerant of empty 2xx bodies.
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http,
    IOutboundTokenProvider tokens,
    IOptions<ConnectorClientOptions> options,
    TimeProvider time,
    ILogger<ConnectorClient> logger) : IConnectorClient
{
    private readonly ConnectorClientOptions _options = options.Value;

    /// <summary>Jitter source, in [0, 1).</summary>
    internal Func<double> NextJitter { get; init; } = Random.Shared.NextDouble;

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? audience = null, CancellationToken cancellationToken = default) =>
        PostAsync("ReplyToActivity", serviceUrl, conversationId, activityId, activity, audience, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, string? audience = null, CancellationToken cancellationToken = default) =>
        PostAsync("SendToConversation", serviceUrl, conversationId, activityId: null, activity, audience, cancellationToken);

    private async Task<ResourceResponse> PostAsync(string operation, string serviceUrl, string conversationId, string? activityId, Activity activity, string? audience, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        if (!ConnectorUri.TryParseServiceUrl(serviceUrl, out var baseUri))
        {
            ConnectorLog.InvalidServiceUrl(logger, operation);
            throw new ConnectorException($"{operation} was not sent: the serviceUrl is not an absolute http or https URL.");
        }

        var uri = ConnectorUri.Activities(baseUri, conversationId, activityId);
        var body = ProtocolJson.SerializeToUtf8Bytes(activity);
        var token = await tokens.GetTokenAsync(serviceUrl, audience, cancellationToken).ConfigureAwait(false);
        var maxAttempts = Math.Max(1, _options.MaxAttempts);

        for (var attempt = 1; ; attempt++)
        {
            var outcome = await TryOnceAsync(operation, uri, body, token, cancellationToken).ConfigureAwait(false);
            if (outcome.Response is not null)
            {
                return outcome.Response;
            }

            var delay = outcome.Transient ? RetryDelay.Next(attempt, outcome.RetryAfter, _options, NextJitter()) : null;
            if (delay is null || attempt >= maxAttempts)
            {
                throw new ConnectorException(
                    $"{operation} to {uri.Host} failed after {attempt} attempt(s): {outcome.Failure}.",
                    outcome.StatusCode,
                    attempt,
                    outcome.ErrorCode,
                    outcome.Exception);
            }

            ConnectorLog.Retrying(logger, operation, uri.Host, attempt, maxAttempts, outcome.Failure, (long)delay.Value.TotalMilliseconds);
            await Task.Delay(delay.Value, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<Outcome> TryOnceAsync(string operation, Uri uri, byte[] body, string? token, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode)
            {
                var resource = await ConnectorResponses.ReadResourceAsync(response, linked.Token).ConfigureAwait(false);
                if (resource is null)
                {
                    ConnectorLog.UnreadableResponse(logger, operation, uri.Host, status);
                }

                return Outcome.Success(resource ?? new ResourceResponse());
            }

            var error = await ConnectorResponses.ReadErrorAsync(response, linked.Token).ConfigureAwait(false);
            var failure = error is null ? $"HTTP {status}" : $"HTTP {status} {error.Code}: {error.Message}";
            var retryAfter = ConnectorResponses.RetryAfter(response, time.GetUtcNow());
            return new Outcome(null, failure, ConnectorResponses.IsTransient(response.StatusCode), retryAfter, status, error?.Code, null);
        }
        catch (HttpRequestException exception)
        {
            return new Outcome(null, $"{exception.HttpRequestError}: {exception.Message}", Transient: true, null, null, null, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            return new Outcome(null, $"no answer within {_options.AttemptTimeout.TotalMilliseconds:0} ms", Transient: true, null, null, null, exception);
        }
    }

    private readonly record struct Outcome(ResourceResponse? Response, string Failure, bool Transient, TimeSpan? RetryAfter, int? StatusCode, string? ErrorCode, Exception? Exception)
    {
        public static Outcome Success(ResourceResponse response) => new(response, string.Empty, false, null, null, null, null);
    }
}
