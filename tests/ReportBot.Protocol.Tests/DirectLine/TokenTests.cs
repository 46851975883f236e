using System.Buffers.Text;
using System.Net;
using System.Text.Json;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class TokenTests
{
    private const string Secret = "a-direct-line-secret-for-tests";

    [Fact]
    public async Task A_loopback_client_gets_a_token_for_a_new_conversation_without_a_secret()
    {
        await using var host = await DirectLineHost.StartAsync();

        var generated = await host.GenerateTokenAsync();

        Assert.False(string.IsNullOrEmpty(generated.GetProperty("conversationId").GetString()));
        Assert.Equal(1800, generated.GetProperty("expires_in").GetInt32());
        var claims = Claims(generated.GetProperty("token").GetString()!);
        Assert.Equal(generated.GetProperty("conversationId").GetString(), claims.GetProperty("conv").GetString());
        Assert.StartsWith("dl_", claims.GetProperty("user").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_tokens_are_for_two_conversations()
    {
        await using var host = await DirectLineHost.StartAsync();

        var first = await host.GenerateTokenAsync();
        var second = await host.GenerateTokenAsync();

        Assert.NotEqual(first.GetProperty("conversationId").GetString(), second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task The_user_in_the_token_parameters_is_bound_into_the_token()
    {
        await using var host = await DirectLineHost.StartAsync();

        var generated = await host.GenerateTokenAsync("""{"user":{"id":"u-42","name":"王小明"},"trustedOrigins":["https://x.test"]}""");

        var claims = Claims(generated.GetProperty("token").GetString()!);
        Assert.Equal("u-42", claims.GetProperty("user").GetString());
        Assert.Equal("王小明", claims.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("Forwarded", "for=203.0.113.9")]
    public async Task Without_a_secret_a_request_forwarded_by_a_proxy_is_refused(string header, string value)
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate", configure: r => r.Headers.Add(header, value));

        var message = await Ok.ErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
        Assert.Contains("DirectLine:Secret", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_a_secret_a_request_without_it_is_refused_with_401()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = Secret);

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate");

        await Ok.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task With_a_secret_a_wrong_one_is_refused_with_403()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = Secret);

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate", Secret + "x");

        await Ok.ErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
    }

    [Fact]
    public async Task With_a_secret_the_right_one_gets_a_token_even_through_a_proxy()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = Secret);

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate", Secret, configure: r => r.Headers.Add("X-Forwarded-For", "203.0.113.9"));

        var generated = await Ok.JsonAsync(response);
        Assert.False(string.IsNullOrEmpty(generated.GetProperty("token").GetString()));
    }

    [Fact]
    public async Task A_token_is_refreshed_before_expiry_for_the_same_conversation_and_user()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync(user: "u-7");
        host.Clock.Advance(TimeSpan.FromMinutes(15));

        var refreshed = await Ok.JsonAsync(await host.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token));

        Assert.Equal(conversation.Id, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt32());
        var token = refreshed.GetProperty("token").GetString()!;
        Assert.NotEqual(conversation.Token, token);
        Assert.Equal("u-7", Claims(token).GetProperty("user").GetString());

        host.Clock.Advance(TimeSpan.FromMinutes(20));
        var set = await host.GetActivitiesAsync(conversation, token: token);
        Assert.Contains(WelcomeEchoBot.Welcome, set.Texts);
    }

    [Fact]
    public async Task An_expired_token_is_refused_with_TokenExpired_and_cannot_be_refreshed()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(30));

        var read = await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);
        var post = await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("hi", "c1"));
        var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        await Ok.ErrorAsync(read, HttpStatusCode.Forbidden, "TokenExpired");
        await Ok.ErrorAsync(post, HttpStatusCode.Forbidden, "TokenExpired");
        await Ok.ErrorAsync(refresh, HttpStatusCode.Forbidden, "TokenExpired");
    }

    [Fact]
    public async Task The_secret_is_not_refreshed()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = Secret);

        var response = await host.SendAsync(HttpMethod.Post, "tokens/refresh", Secret);

        await Ok.ErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJjb252IjoiYSIsInVzZXIiOiJiIiwiZXhwIjo5OTk5OTk5OTk5fQ.")]
    public async Task Refresh_without_a_valid_token_is_refused_with_401(string? token)
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "tokens/refresh", token);

        await Ok.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task A_token_with_a_changed_claim_is_refused()
    {
        await using var host = await DirectLineHost.StartAsync();
        var token = (await host.GenerateTokenAsync()).GetProperty("token").GetString()!;
        var parts = token.Split('.');
        var claims = Claims(token).GetRawText().Replace("\"exp\":", "\"exp\":9", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(claims))}.{parts[2]}";

        var response = await host.SendAsync(HttpMethod.Post, "tokens/refresh", forged);

        await Ok.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task Malformed_token_parameters_are_refused_with_400()
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "tokens/generate", json: """{"user":{"id":"x\u0001"}}""");

        await Ok.ErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    /// <summary>The claims of a token, decoded as DirectLineJS decodes them (it reads <c>user</c>).</summary>
    internal static JsonElement Claims(string token) =>
        JsonDocument.Parse(Base64Url.DecodeFromChars(token.Split('.')[1])).RootElement.Clone();
}
