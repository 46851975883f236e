using System.Net;
using System.Text.Json;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>What the bot's HTTP edge answers to requests that are not a usable activity: a clear problem, never a 500.</summary>
public sealed class BadRequestTests(BotAppFixture fixture) : IClassFixture<BotAppFixture>
{
    private async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.RootElement.GetProperty("detail").GetString()));
        Assert.DoesNotContain("   at ", problem.RootElement.GetRawText());
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("\"a string\"")]
    [InlineData("{\"type\":\"message\",\"text\":\"hi\"}")]
    [InlineData("{\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":42,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://127.0.0.1:1/\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"ftp://example.com/\"}")]
    public async Task AnUnusableActivityIsABadRequest(string body) =>
        await AssertProblemAsync(await fixture.Bot.PostJsonAsync(body), HttpStatusCode.BadRequest);

    [Fact]
    public async Task AnotherContentTypeIsUnsupported() =>
        await AssertProblemAsync(await fixture.Bot.PostJsonAsync("{\"type\":\"message\"}", "text/plain"), HttpStatusCode.UnsupportedMediaType);

    [Fact]
    public async Task ABodyOver256KilobytesIsTooLarge()
    {
        var body = $$"""{"type":"message","conversation":{"id":"c"},"serviceUrl":"{{fixture.Channel.ServiceUrl}}","text":"{{new string('a', 300 * 1024)}}"}""";
        await AssertProblemAsync(await fixture.Bot.PostJsonAsync(body), HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task OtherMethodsAreNotAllowed() =>
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await fixture.Bot.Client.GetAsync("/api/messages")).StatusCode);

    [Fact]
    public async Task HealthSaysTheIndexIsLoaded()
    {
        var response = await fixture.Bot.Client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", health.RootElement.GetProperty("status").GetString());
        Assert.Equal(37, health.RootElement.GetProperty("passages").GetInt32());
    }
}
