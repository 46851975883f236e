using System.Net;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Reading activities: pages, the history bound, and conversations kept apart.</summary>
public sealed class PollingTests
{
    [Fact]
    public async Task Polling_pages_through_the_history_until_it_is_empty()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.PageSize = 2);
        var conversation = await host.StartConversationAsync();
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("one", "c1")));

        var first = await host.GetActivitiesAsync(conversation, watermark: "");
        var second = await host.GetActivitiesAsync(conversation, watermark: first.Watermark);
        var third = await host.GetActivitiesAsync(conversation, watermark: second.Watermark);

        Assert.Equal([WelcomeEchoBot.Welcome, "one"], first.Texts);
        Assert.Equal("2", first.Watermark);
        Assert.Equal(["echo: one"], second.Texts);
        Assert.Equal("3", second.Watermark);
        Assert.Empty(third.Activities);
        Assert.Equal("3", third.Watermark);
    }

    [Fact]
    public async Task The_history_keeps_the_latest_activities_and_watermarks_keep_counting()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.MaxHistoryPerConversation = 3);
        var conversation = await host.StartConversationAsync();
        foreach (var text in new[] { "a", "b", "c" })
        {
            await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage(text, text)));
        }

        var set = await host.GetActivitiesAsync(conversation);

        Assert.Equal(["echo: b", "c", "echo: c"], set.Texts);
        Assert.Equal([$"{conversation.Id}|0000005", $"{conversation.Id}|0000006", $"{conversation.Id}|0000007"], set.Activities.Select(a => a.GetProperty("id").GetString()));
        Assert.Equal("7", set.Watermark);
    }

    [Fact]
    public async Task A_token_for_one_conversation_opens_nothing_of_another()
    {
        await using var host = await DirectLineHost.StartAsync();
        var a = await host.StartConversationAsync();
        var b = await host.StartConversationAsync();
        await Ok.JsonAsync(await host.PostActivityAsync(b, DirectLineHost.WebChatMessage("secret of b", "c1")));

        var read = await host.SendAsync(HttpMethod.Get, $"conversations/{b.Id}/activities", a.Token);
        var post = await host.PostActivityAsync(b, DirectLineHost.WebChatMessage("from a", "c2"), token: a.Token);
        var reconnect = await host.SendAsync(HttpMethod.Get, $"conversations/{b.Id}", a.Token);
        var unknown = await host.SendAsync(HttpMethod.Get, "conversations/does-not-exist/activities", a.Token);

        foreach (var response in new[] { read, post, reconnect, unknown })
        {
            var message = await Ok.ErrorAsync(response, HttpStatusCode.Forbidden, "Forbidden");
            Assert.DoesNotContain(b.Id, message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("from a", (await host.GetActivitiesAsync(b)).Texts);
    }

    [Fact]
    public async Task Reading_without_a_token_is_refused_with_401()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.StartConversationAsync();

        var response = await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities");

        await Ok.ErrorAsync(response, HttpStatusCode.Unauthorized, "Unauthorized");
    }
}
