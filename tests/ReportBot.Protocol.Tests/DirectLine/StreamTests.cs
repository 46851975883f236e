using System.Net;
using System.Net.WebSockets;
using ReportBot.Protocol.DirectLine;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class StreamTests
{
    [Fact]
    public async Task The_stream_replays_the_welcome_then_pushes_the_echo_and_the_reply()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);

        Assert.Equal([WelcomeEchoBot.Welcome], await stream.ReceiveUntilAsync(WelcomeEchoBot.Welcome));
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("你好", "client-1")));

        Assert.Equal([WelcomeEchoBot.Welcome, "你好", "echo: 你好"], await stream.ReceiveUntilAsync("你好", "echo: 你好"));
        var echo = stream.Activities[1];
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal($"{conversation.Id}|0000002", echo.GetProperty("id").GetString());
        Assert.Equal("3", stream.Watermarks[^1]);
    }

    [Fact]
    public async Task Empty_client_frames_are_ignored()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveUntilAsync(WelcomeEchoBot.Welcome);

        await stream.SendTextAsync("");
        await stream.SendTextAsync("");
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("ping?", "c1")));

        await stream.ReceiveUntilAsync("echo: ping?");
        Assert.Equal(WebSocketState.Open, stream.Socket.State);
    }

    [Fact]
    public async Task A_reconnect_with_a_watermark_replays_only_what_is_newer()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("one", "c1")));
        var reconnect = await Ok.JsonAsync(await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=2", conversation.Token));

        await using var stream = await StreamClient.ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);

        Assert.Equal(["echo: one"], await stream.ReceiveUntilAsync("echo: one"));
        Assert.Equal("3", stream.Watermarks.Single());
    }

    [Fact]
    public async Task A_stream_ticket_that_is_missing_wrong_a_bearer_token_or_for_another_conversation_is_refused()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        var other = await host.StartConversationAsync();
        var baseUrl = conversation.StreamUrl[..conversation.StreamUrl.IndexOf('?', StringComparison.Ordinal)];
        var otherTicket = other.StreamUrl[other.StreamUrl.IndexOf('?', StringComparison.Ordinal)..];

        Assert.Equal(401, await StreamClient.RefusalAsync(baseUrl));
        Assert.Equal(401, await StreamClient.RefusalAsync(baseUrl + "?t=garbage"));
        Assert.Equal(401, await StreamClient.RefusalAsync(baseUrl + "?t=" + conversation.Token));
        Assert.Equal(403, await StreamClient.RefusalAsync(baseUrl + otherTicket));
    }

    [Fact]
    public async Task A_stream_url_older_than_a_minute_is_refused_and_reconnecting_gets_a_new_one()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.Equal(403, await StreamClient.RefusalAsync(conversation.StreamUrl));

        var reconnect = await Ok.JsonAsync(await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=", conversation.Token));
        await using var stream = await StreamClient.ConnectAsync(reconnect.GetProperty("streamUrl").GetString()!);
        await stream.ReceiveUntilAsync(WelcomeEchoBot.Welcome);
    }

    [Fact]
    public async Task A_plain_get_of_the_stream_url_is_refused_with_400()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.Client.GetAsync(conversation.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal));

        await Ok.ErrorAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Fact]
    public async Task A_second_socket_closes_the_first_with_collision()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await using var first = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await first.ReceiveUntilAsync(WelcomeEchoBot.Welcome);

        await using var second = await StreamClient.ConnectAsync(conversation.StreamUrl);

        Assert.Equal((WebSocketCloseStatus.PolicyViolation, "collision"), await first.ReceiveCloseAsync());
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("still here", "c1")));
        await second.ReceiveUntilAsync("echo: still here");
    }

    [Fact]
    public async Task An_expired_conversation_closes_its_stream_cleanly()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveUntilAsync(WelcomeEchoBot.Welcome);
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        ((ConversationStore)host.Services.GetService(typeof(ConversationStore))!).Sweep();

        Assert.Equal((WebSocketCloseStatus.NormalClosure, "conversation expired"), await stream.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Stopping_the_host_closes_streams_as_endpoint_unavailable()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveUntilAsync(WelcomeEchoBot.Welcome);

        var stopping = host.StopAsync();

        Assert.Equal((WebSocketCloseStatus.EndpointUnavailable, "server shutting down"), await stream.ReceiveCloseAsync());
        await stopping;
    }
}
