using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// Reading a request body of at most a given size, for /api/messages and Direct Line alike: the limit is
/// enforced while reading (a chunked body without Content-Length cannot slip past it), nothing beyond it
/// is buffered, and the bytes are used in place before the pipe releases them.
/// </summary>
internal static class BoundedBody
{
    public static async Task<(bool TooLarge, T? Value)> ReadAsync<T>(HttpRequest request, int maxBytes, Func<ReadOnlySequence<byte>, T> use, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes) return (true, default);

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return (true, default);
            }

            if (result.IsCompleted)
            {
                var value = use(buffer);
                reader.AdvanceTo(buffer.End);
                return (false, value);
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>True for <c>application/json</c> and <c>application/*+json</c>, with or without a charset.</summary>
    public static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)) return false;
        var type = mediaType.MediaType.Value;
        return string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase)
            || (type is not null
                && type.StartsWith("application/", StringComparison.OrdinalIgnoreCase)
                && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }
}
