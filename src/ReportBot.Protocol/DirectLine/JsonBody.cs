using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Reads a JSON request body of at most a given size. The limit is enforced while reading (a body without
/// Content-Length cannot slip past it), and nothing beyond it is buffered.
/// </summary>
internal static class JsonBody
{
    /// <summary>The body, or a failure: 415 not JSON, 413 too large. An empty body is an empty array.</summary>
    public static async Task<BodyResult> ReadAsync(HttpRequest request, int maxBytes, bool allowEmptyWithoutContentType, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (!IsJson(request.ContentType) && !(allowEmptyWithoutContentType && string.IsNullOrEmpty(request.ContentType)))
        {
            return new BodyResult(null, StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.UnsupportedMediaType, "The Content-Type must be application/json.");
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return TooLarge(maxBytes);
            }

            if (result.IsCompleted)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                if (body.Length > 0 && !IsJson(request.ContentType))
                {
                    return new BodyResult(null, StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.UnsupportedMediaType, "The Content-Type must be application/json.");
                }

                return new BodyResult(body, StatusCodes.Status200OK, null, null);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType.Value;
        return string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            || (type is not null
                && type.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    private static BodyResult TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, DirectLineErrors.MessageSizeTooBig, $"The request body exceeds {maxBytes} bytes.");
}

/// <summary>A body read by <see cref="JsonBody"/>: the bytes, or the status, code and message to refuse it with.</summary>
internal sealed record BodyResult(byte[]? Body, int Status, string? Code, string? Message)
{
    public Task RefuseAsync(HttpContext http) => DirectLineErrors.WriteAsync(http, Status, Code!, Message!);
}
