using System.Net;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class CorsTests
{
    [Theory]
    [InlineData("tokens/generate", "POST")]
    [InlineData("conversations", "POST")]
    [InlineData("conversations/abc/activities", "POST")]
    [InlineData("conversations/abc/activities", "GET")]
    public async Task A_preflight_allows_the_headers_direct_line_js_sends_from_any_origin(string path, string method)
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Options, path, configure: r =>
        {
            r.Headers.Add("Origin", "https://pages.example");
            r.Headers.Add("Access-Control-Request-Method", method);
            r.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        var headers = Single(response, "Access-Control-Allow-Headers").Split(',', StringSplitOptions.TrimEntries);
        Assert.Contains("Authorization", headers);
        Assert.Contains("Content-Type", headers);
        Assert.Contains("x-ms-bot-agent", headers);
        Assert.Contains("X-Requested-With", headers);
        Assert.Contains(method, Single(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_to_browsers_name_the_origin_and_expose_retry_after()
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate", configure: r => r.Headers.Add("Origin", "https://pages.example"));

        await Ok.JsonAsync(response);
        Assert.Equal("*", Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal("Retry-After", Single(response, "Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task With_allowed_origins_only_those_are_answered_and_others_get_403()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.AllowedOrigins = ["https://pages.example"]);

        var allowed = await host.SendAsync(HttpMethod.Options, "conversations", configure: r => r.Headers.Add("Origin", "https://pages.example"));
        var otherPreflight = await host.SendAsync(HttpMethod.Options, "conversations", configure: r => r.Headers.Add("Origin", "https://evil.example"));
        var otherRequest = await host.SendAsync(HttpMethod.Post, "tokens/generate", configure: r => r.Headers.Add("Origin", "https://evil.example"));
        var noOrigin = await host.SendAsync(HttpMethod.Post, "tokens/generate");

        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal("https://pages.example", Single(allowed, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", allowed.Headers.Vary);
        await Ok.ErrorAsync(otherPreflight, HttpStatusCode.Forbidden, "Forbidden");
        Assert.False(otherPreflight.Headers.Contains("Access-Control-Allow-Origin"));
        await Ok.ErrorAsync(otherRequest, HttpStatusCode.Forbidden, "Forbidden");
        await Ok.JsonAsync(noOrigin);
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.GetValues(header));
}
