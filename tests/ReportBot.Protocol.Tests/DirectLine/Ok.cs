using System.Net;
using System.Text.Json;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Asserts Direct Line answers: successful JSON, or an ErrorResponse with a status and code.</summary>
internal static class Ok
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode? status = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (status is { } expected)
        {
            Assert.True(expected == response.StatusCode, $"Expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        }
        else
        {
            Assert.True(response.IsSuccessStatusCode, $"Expected success, got {(int)response.StatusCode}: {body}");
        }

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The error's message, after checking status, content type, code, and that nothing internal leaked.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status} {code}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = JsonDocument.Parse(body).RootElement.GetProperty("error");
        Assert.Equal(code, error.GetProperty("code").GetString());
        var message = error.GetProperty("message").GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        return message!;
    }
}
