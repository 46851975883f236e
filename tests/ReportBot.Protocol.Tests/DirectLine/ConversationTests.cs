using System.Net;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class ConversationTests
{
    [Fact]
    public async Task Starting_returns_201_and_a_ws_stream_url_for_the_tokens_conversation()
    {
        await using var host = await DirectLineHost.StartAsync();
        var generated = await host.GenerateTokenAsync();
        var token = generated.GetProperty("token").GetString();

        var response = await host.SendAsync(HttpMethod.Post, "conversations", token, """{"user":{},"locale":"zh-CN"}""");

        var started = await Ok.JsonAsync(response, HttpStatusCode.Created);
        var id = generated.GetProperty("conversationId").GetString();
        Assert.Equal(id, started.GetProperty("conversationId").GetString());
        Assert.Equal(1800, started.GetProperty("expires_in").GetInt32());
        var newToken = started.GetProperty("token").GetString()!;
        var streamUrl = started.GetProperty("streamUrl").GetString()!;
        var prefix = $"{host.BaseAddress.Replace("http://", "ws://", StringComparison.Ordinal)}/v3/directline/conversations/{id}/stream?t=";
        Assert.StartsWith(prefix, streamUrl, StringComparison.Ordinal);
        var ticket = streamUrl[prefix.Length..];
        Assert.NotEqual(newToken, ticket);
        var claims = TokenTests.Claims(ticket);
        Assert.Equal(id, claims.GetProperty("conv").GetString());
        Assert.Equal("stream", claims.GetProperty("scope").GetString());
        Assert.Equal(60, claims.GetProperty("exp").GetInt64() - claims.GetProperty("iat").GetInt64());
    }

    [Fact]
    public async Task The_stream_ticket_of_a_stream_url_is_no_bearer_token()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        var ticket = conversation.StreamUrl[(conversation.StreamUrl.IndexOf("?t=", StringComparison.Ordinal) + 3)..];

        var read = await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", ticket);
        var refresh = await host.SendAsync(HttpMethod.Post, "tokens/refresh", ticket);

        await Ok.ErrorAsync(read, HttpStatusCode.Unauthorized, "Unauthorized");
        await Ok.ErrorAsync(refresh, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task Starting_sends_the_bot_a_conversation_update_and_queues_only_its_welcome()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.BotName = "报告问答");
        var generated = await host.GenerateTokenAsync("""{"user":{"id":"u-1","name":"Tester"}}""");
        await Ok.JsonAsync(await host.SendAsync(HttpMethod.Post, "conversations", generated.GetProperty("token").GetString(), """{"user":{},"locale":"zh-CN"}"""));

        var update = Assert.Single(((WelcomeEchoBot)host.Bot).Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal("u-1", Assert.Single(update.MembersAdded!).Id);
        Assert.Equal("bot", update.Recipient!.Id);
        Assert.Equal(Channels.Directline, update.ChannelId);
        Assert.Equal("zh-CN", update.Locale);

        var conversation = new StartedConversation(generated.GetProperty("conversationId").GetString()!, generated.GetProperty("token").GetString()!, "");
        var set = await host.GetActivitiesAsync(conversation);
        var welcome = Assert.Single(set.Activities);
        Assert.Equal("message", welcome.GetProperty("type").GetString());
        Assert.Equal(WelcomeEchoBot.Welcome, welcome.GetProperty("text").GetString());
        Assert.Equal("bot", welcome.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("报告问答", welcome.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("u-1", welcome.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal($"{conversation.Id}|0000001", welcome.GetProperty("id").GetString());
        Assert.False(welcome.TryGetProperty("replyToId", out _));
        Assert.Equal("1", set.Watermark);
    }

    [Fact]
    public async Task Starting_again_with_the_same_token_answers_200_and_does_not_welcome_twice()
    {
        await using var host = await DirectLineHost.StartAsync();
        var token = (await host.GenerateTokenAsync()).GetProperty("token").GetString();
        await Ok.JsonAsync(await host.SendAsync(HttpMethod.Post, "conversations", token), HttpStatusCode.Created);

        var again = await host.SendAsync(HttpMethod.Post, "conversations", token);

        await Ok.JsonAsync(again, HttpStatusCode.OK);
        Assert.Single(((WelcomeEchoBot)host.Bot).Received);
    }

    [Fact]
    public async Task The_secret_starts_a_new_conversation_for_the_user_in_the_body()
    {
        const string secret = "a-direct-line-secret-for-tests";
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = secret);

        var started = await Ok.JsonAsync(await host.SendAsync(HttpMethod.Post, "conversations", secret, """{"user":{"id":"svc-user"}}"""), HttpStatusCode.Created);

        Assert.Equal("svc-user", TokenTests.Claims(started.GetProperty("token").GetString()!).GetProperty("user").GetString());
        Assert.Equal("svc-user", Assert.Single(((WelcomeEchoBot)host.Bot).Received).MembersAdded![0].Id);
    }

    [Fact]
    public async Task Starting_without_credentials_is_refused_with_401()
    {
        await using var host = await DirectLineHost.StartAsync();

        var response = await host.SendAsync(HttpMethod.Post, "conversations");

        await Ok.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }

    [Fact]
    public async Task Reconnecting_returns_a_fresh_token_and_a_stream_url_from_the_watermark()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(5));

        var response = await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=1", conversation.Token);

        var info = await Ok.JsonAsync(response);
        Assert.Equal(conversation.Id, info.GetProperty("conversationId").GetString());
        Assert.NotEqual(conversation.Token, info.GetProperty("token").GetString());
        var streamUrl = info.GetProperty("streamUrl").GetString()!;
        Assert.Contains($"/conversations/{conversation.Id}/stream?t=", streamUrl, StringComparison.Ordinal);
        Assert.EndsWith("&watermark=1", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_conversation_is_404_for_the_secret()
    {
        const string secret = "a-direct-line-secret-for-tests";
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = secret);

        var read = await host.SendAsync(HttpMethod.Get, "conversations/nope/activities", secret);
        var reconnect = await host.SendAsync(HttpMethod.Get, "conversations/nope", secret);

        await Ok.ErrorAsync(read, HttpStatusCode.NotFound, "NotFound");
        await Ok.ErrorAsync(reconnect, HttpStatusCode.NotFound, "NotFound");
    }
}
