using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Integration;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Posting activities: the echo, the turn, and what happens when the bot fails.</summary>
public sealed class PostingTests
{
    [Fact]
    public async Task A_posted_message_comes_back_as_the_echo_web_chat_waits_for_then_the_reply()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync(user: "u-1");
        host.Clock.Advance(TimeSpan.FromSeconds(3));

        var posted = await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("2024年贸易总额是多少？", "client-1")));

        var id = posted.GetProperty("id").GetString();
        Assert.Equal($"{conversation.Id}|0000002", id);
        var set = await host.GetActivitiesAsync(conversation, watermark: "1");
        Assert.Equal("3", set.Watermark);
        var (echo, reply) = (set.Activities[0], set.Activities[1]);

        Assert.Equal(id, echo.GetProperty("id").GetString());
        Assert.Equal("client-1", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("2024年贸易总额是多少？", echo.GetProperty("text").GetString());
        Assert.Equal("u-1", echo.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("Tester", echo.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(Channels.Directline, echo.GetProperty("channelId").GetString());
        Assert.Equal(conversation.Id, echo.GetProperty("conversation").GetProperty("id").GetString());
        Assert.Equal("https://directline.invalid/", echo.GetProperty("serviceUrl").GetString());
        Assert.Equal(host.Clock.GetUtcNow(), echo.GetProperty("timestamp").GetDateTimeOffset());

        Assert.Equal($"{conversation.Id}|0000003", reply.GetProperty("id").GetString());
        Assert.Equal("echo: 2024年贸易总额是多少？", reply.GetProperty("text").GetString());
        Assert.Equal(id, reply.GetProperty("replyToId").GetString());
        Assert.Equal("bot", reply.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("u-1", reply.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_bot_sees_the_message_from_the_tokens_user_on_channel_directline()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync(user: "u-1");

        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("hi", "c1")));

        var message = ((WelcomeEchoBot)host.Bot).Received.Last();
        Assert.Equal("u-1", message.From!.Id);
        Assert.Equal("bot", message.Recipient!.Id);
        Assert.Equal(Channels.Directline, message.ChannelId);
        Assert.Equal("zh-CN", message.Locale);
        Assert.Null(message.CallerId);
    }

    [Fact]
    public async Task Turns_of_one_conversation_run_one_at_a_time_so_replies_keep_order()
    {
        await using var host = await DirectLineHost.StartAsync();
        var bot = (WelcomeEchoBot)host.Bot;
        var conversation = await host.StartConversationAsync();

        var first = host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("wait", "c1"));
        await bot.Waiting.WaitAsync(TimeSpan.FromSeconds(10));
        var second = host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("next", "c2"));
        await WaitForAsync(async () => (await host.GetActivitiesAsync(conversation)).Texts.Contains("next"));
        Assert.False(second.IsCompleted);
        bot.Release();
        await Ok.JsonAsync(await first);
        await Ok.JsonAsync(await second);

        var texts = (await host.GetActivitiesAsync(conversation)).Texts;
        Assert.Equal([WelcomeEchoBot.Welcome, "wait", "next", "echo: wait", "echo: next"], texts);
    }

    [Fact]
    public async Task When_the_bot_throws_the_user_keeps_the_echo_and_gets_the_adapters_apology()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("throw", "c1"));

        await Ok.JsonAsync(response, HttpStatusCode.OK);
        var set = await host.GetActivitiesAsync(conversation, watermark: "1");
        Assert.Equal(["throw", new CloudAdapterOptions().ErrorReplyText!], set.Texts);
    }

    [Fact]
    public async Task When_the_bots_error_escapes_the_adapter_the_answer_is_502_and_the_echo_is_kept()
    {
        await using var host = await DirectLineHost.StartAsync();
        ((CloudAdapter)host.Services.GetService(typeof(CloudAdapter))!).OnTurnError = null;
        var conversation = await host.StartConversationAsync();

        var response = await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("throw", "c1"));

        var message = await Ok.ErrorAsync(response, HttpStatusCode.BadGateway, "BotError");
        Assert.Contains($"{conversation.Id}|0000002", message, StringComparison.Ordinal);
        Assert.Equal(["c1"], ClientIds(await host.GetActivitiesAsync(conversation)));
    }

    private static string[] ClientIds(ActivitySet set) => set.Activities
        .Where(a => a.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("clientActivityID", out _))
        .Select(a => a.GetProperty("channelData").GetProperty("clientActivityID").GetString()!)
        .ToArray();

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within 10 s.");
            await Task.Delay(10);
        }
    }
}
