using System.Net;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Bodies and routes that are refused before any turn runs.</summary>
public sealed class RequestValidationTests
{
    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":\"  \"}")]
    [InlineData("{\"type\":\"message\"} {}")]
    public async Task A_body_that_is_not_an_activity_is_refused_with_400_and_nothing_is_stored(string body)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.PostActivityAsync(conversation, body);

        await Ok.ErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Single((await host.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task A_body_that_is_not_json_by_content_type_is_refused_with_415()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, DirectLineHost.WebChatMessage("hi", "c1"), "text/plain");

        await Ok.ErrorAsync(response, HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_300_kb_activity_is_refused_with_413_while_reading(bool chunked)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        var body = DirectLineHost.WebChatMessage(new string('长', 100 * 1024), "c1");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(body) > 300 * 1024);

        var response = await host.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, configure: r =>
        {
            r.Content = chunked
                ? new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body)))
                : new StringContent(body, System.Text.Encoding.UTF8);
            r.Content.Headers.ContentType = new("application/json");
            r.Headers.TransferEncodingChunked = chunked;
        });

        var message = await Ok.ErrorAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Contains("262144", message, StringComparison.Ordinal);
        Assert.Single((await host.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task Upload_is_refused_with_a_clear_404()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/upload?userId=u", conversation.Token, "{}");

        var message = await Ok.ErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
        Assert.Contains("hideUploadButton", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_route_under_the_base_path_is_a_404_error_response()
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Get, "session/getsessionid");

        await Ok.ErrorAsync(response, HttpStatusCode.NotFound, "NotFound");
    }
}
