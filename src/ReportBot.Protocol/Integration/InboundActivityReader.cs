using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Connector;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// Turns an inbound HTTP request into an <see cref="Activity"/>, or into the status and detail of a problem
/// response. The body is parsed in place from the request pipe and never buffered beyond the size limit.
/// </summary>
internal static class InboundActivityReader
{
    public static async Task<(Activity? Activity, int Status, string? Problem)> ReadAsync(HttpRequest request, int maxBodyBytes, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            return (null, StatusCodes.Status405MethodNotAllowed, $"{request.Method} is not supported here; send activities with POST.");
        }

        if (!BoundedBody.IsJson(request.ContentType))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, "The Content-Type must be application/json.");
        }

        var (tooLarge, parsed) = await BoundedBody.ReadAsync(request, maxBodyBytes, Parse, cancellationToken).ConfigureAwait(false);
        return tooLarge ? (null, StatusCodes.Status413PayloadTooLarge, TooLarge(maxBodyBytes)) : parsed;
    }

    private static (Activity? Activity, int Status, string? Problem) Parse(ReadOnlySequence<byte> body)
    {
        Activity? activity;
        try
        {
            var json = new Utf8JsonReader(body);
            var probe = json;
            if (!probe.Read())
            {
                return BadRequest("The request body is empty; it must be an activity (a JSON object).");
            }

            if (probe.TokenType != JsonTokenType.StartObject)
            {
                return BadRequest($"The request body must be an activity (a JSON object), not {probe.TokenType}.");
            }

            activity = JsonSerializer.Deserialize(ref json, ProtocolJson.Context.Activity);
            if (json.Read())
            {
                return BadRequest("The request body has content after the activity.");
            }
        }
        catch (JsonException exception)
        {
            return BadRequest($"The request body is not a valid activity: {exception.Message}");
        }

        return Validate(activity!);
    }

    private static (Activity? Activity, int Status, string? Problem) Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return BadRequest("The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return BadRequest("The activity has no conversation.id.");
        }

        var expectsReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
        if (!expectsReplies && string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return BadRequest("The activity has no serviceUrl (required unless deliveryMode is expectReplies).");
        }

        if (!expectsReplies && !ConnectorUri.TryParseServiceUrl(activity.ServiceUrl, out _))
        {
            return BadRequest("The activity's serviceUrl must be an absolute http or https URL.");
        }

        return (activity, StatusCodes.Status200OK, null);
    }

    private static (Activity?, int, string?) BadRequest(string detail) => (null, StatusCodes.Status400BadRequest, detail);

    private static string TooLarge(int maxBodyBytes) => $"The request body exceeds {maxBodyBytes} bytes.";
}
