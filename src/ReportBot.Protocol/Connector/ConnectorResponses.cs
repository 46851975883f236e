using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Connector;

/// <summary>Reading and classifying a channel's answers to Connector calls.</summary>
internal static class ConnectorResponses
{
    private const int MaxErrorBodyBytes = 64 * 1024;

    /// <summary>
    /// The <see cref="ResourceResponse"/> of a 2xx answer: empty for an empty body (offline-directline sends none),
    /// null when the body is not a resource response.
    /// </summary>
    public static async Task<ResourceResponse?> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.AsSpan().Trim(" \t\r\n"u8).IsEmpty)
        {
            return new ResourceResponse();
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, ProtocolJson.Context.ResourceResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The channel's <c>{"error":{…}}</c>, if the body is one of reasonable size.</summary>
    public static async Task<Error?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is > MaxErrorBodyBytes)
        {
            return null;
        }

        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            return bytes.Length is 0 or > MaxErrorBodyBytes
                ? null
                : JsonSerializer.Deserialize(bytes, ProtocolJson.Context.ErrorResponse)?.Error;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Retry-After as a wait: its delta, or its date minus <paramref name="now"/>.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    /// <summary>408, 429 and 5xx other than 501 and 505 may succeed when tried again.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);
}
