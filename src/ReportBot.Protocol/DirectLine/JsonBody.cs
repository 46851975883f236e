using Microsoft.AspNetCore.Http;
using ReportBot.Protocol.Integration;

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
        if (!BoundedBody.IsJson(request.ContentType) && !(allowEmptyWithoutContentType && string.IsNullOrEmpty(request.ContentType)))
        {
            return UnsupportedMediaType();
        }

        var (tooLarge, body) = await BoundedBody.ReadAsync(request, maxBytes, static (System.Buffers.ReadOnlySequence<byte> bytes) => System.Buffers.BuffersExtensions.ToArray(bytes), cancellationToken).ConfigureAwait(false);
        if (tooLarge) return TooLarge(maxBytes);
        return body!.Length > 0 && !BoundedBody.IsJson(request.ContentType) ? UnsupportedMediaType() : new BodyResult(body, StatusCodes.Status200OK, null, null);
    }

    private static BodyResult UnsupportedMediaType() =>
        new(null, StatusCodes.Status415UnsupportedMediaType, DirectLineErrors.UnsupportedMediaType, "The Content-Type must be application/json.");

    private static BodyResult TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, DirectLineErrors.MessageSizeTooBig, $"The request body exceeds {maxBytes} bytes.");
}

/// <summary>A body read by <see cref="JsonBody"/>: the bytes, or the status, code and message to refuse it with.</summary>
internal sealed record BodyResult(byte[]? Body, int Status, string? Code, string? Message)
{
    public Task RefuseAsync(HttpContext http) => DirectLineErrors.WriteAsync(http, Status, Code!, Message!);
}
