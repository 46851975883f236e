using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace ReportBot.Protocol.DirectLine;

/// <summary>Writes JSON bodies with a known length.</summary>
internal static class DirectLineResponses
{
    public const string JsonContentType = "application/json; charset=utf-8";

    public static Task WriteAsync<T>(HttpContext http, int status, T value, JsonTypeInfo<T> typeInfo)
    {
        http.Response.StatusCode = status;
        return WriteJsonAsync(http, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo));
    }

    public static Task WriteJsonAsync(HttpContext http, ReadOnlyMemory<byte> body)
    {
        var response = http.Response;
        response.ContentType = JsonContentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body, http.RequestAborted).AsTask();
    }
}
