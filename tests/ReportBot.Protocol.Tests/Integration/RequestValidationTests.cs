using System.Net;
using System.Text;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Integration;

public sealed class RequestValidationTests : IAsyncLifetime
{
    private readonly DelegateBot _bot = DelegateBot.Replying("never");
    private FakeChannel _channel = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _channel = await FakeChannel.StartAsync();
        _host = await BotHost.StartAsync(_bot, mapAllMethods: true);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_get_is_refused_with_405_and_an_allow_header()
    {
        var response = await _host.Client.GetAsync("/api/messages");

        await Problem.AssertAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/jsonp")]
    public async Task A_body_that_is_not_json_by_content_type_is_refused_with_415(string contentType)
    {
        var response = await _host.PostJsonAsync(ProtocolJsonText(), contentType);

        await Problem.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/vnd.microsoft.activity+json")]
    public async Task Json_content_types_are_accepted(string contentType)
    {
        var response = await _host.PostJsonAsync(ProtocolJsonText(), contentType);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task A_body_over_256_kb_with_a_content_length_is_refused_with_413()
    {
        var response = await _host.PostJsonAsync(OversizedActivity());

        var problem = await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("262144", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertNothingHappened();
    }

    [Fact]
    public async Task A_chunked_body_over_256_kb_without_a_content_length_is_refused_with_413()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StreamContent(new ChunkedOnlyStream(Encoding.UTF8.GetBytes(OversizedActivity()))),
        };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.TransferEncodingChunked = true;

        var response = await _host.Client.SendAsync(request);

        Assert.Null(request.Content.Headers.ContentLength);
        await Problem.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("")]
    [InlineData("[{\"type\":\"message\"}]")]
    [InlineData("\"message\"")]
    [InlineData("null")]
    [InlineData("{\"type\":\"message\"} {\"type\":\"message\"}")]
    [InlineData("{\"type\":5,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://x/\"}")]
    public async Task A_body_that_is_not_one_activity_object_is_refused_with_400(string body)
    {
        var response = await _host.PostJsonAsync(body);

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        AssertNothingHappened();
    }

    [Theory]
    [InlineData("""{"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""", "no type")]
    [InlineData("""{"type":" ","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""", "no type")]
    [InlineData("""{"type":"message","serviceUrl":"http://127.0.0.1:9/"}""", "conversation.id")]
    [InlineData("""{"type":"message","conversation":{},"serviceUrl":"http://127.0.0.1:9/"}""", "conversation.id")]
    [InlineData("""{"type":"message","conversation":{"id":"c"}}""", "serviceUrl")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://127.0.0.1/"}""", "serviceUrl")]
    [InlineData("""{"type":"message","conversation":{"id":"c"},"serviceUrl":"/relative"}""", "serviceUrl")]
    public async Task An_activity_missing_what_a_reply_needs_is_refused_with_400(string body, string detailMentions)
    {
        var response = await _host.PostJsonAsync(body);

        var problem = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(detailMentions, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertNothingHappened();
    }

    [Fact]
    public async Task With_map_post_a_get_is_refused_by_routing()
    {
        await using var host = await BotHost.StartAsync(_bot);

        var response = await host.Client.GetAsync("/api/messages");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private void AssertNothingHappened()
    {
        Assert.Equal(0, _bot.Turns);
        Assert.Empty(_channel.Received);
    }

    private string ProtocolJsonText() => ProtocolJson.Serialize(Some.Message(serviceUrl: _channel.ServiceUrl));

    private string OversizedActivity() =>
        ProtocolJson.Serialize(Some.Message(new string('长', 100_000), _channel.ServiceUrl));

    /// <summary>A stream that hides its length, so HttpClient must send it chunked.</summary>
    private sealed class ChunkedOnlyStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
