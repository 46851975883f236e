using System.Net;
using ReportBot.Protocol.DirectLine;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>The conversation cap and idle expiry, on the manual clock.</summary>
public sealed class ConversationLimitTests
{
    [Fact]
    public async Task Past_the_conversation_cap_starting_answers_503_with_retry_after()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.MaxConversations = 2);
        await host.StartConversationAsync();
        await host.StartConversationAsync();
        var token = (await host.GenerateTokenAsync()).GetProperty("token").GetString();

        var response = await host.SendAsync(HttpMethod.Post, "conversations", token);

        await Ok.ErrorAsync(response, HttpStatusCode.ServiceUnavailable, "ServiceUnavailable");
        Assert.Equal(TimeSpan.FromMinutes(1), response.Headers.RetryAfter!.Delta);
    }

    [Fact]
    public async Task An_idle_conversation_makes_room_under_the_cap()
    {
        await using var host = await DirectLineHost.StartAsync(o =>
        {
            o.MaxConversations = 1;
            o.TokenLifetime = TimeSpan.FromHours(2);
        });
        await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        var conversation = await host.StartConversationAsync();

        Assert.Contains(WelcomeEchoBot.Welcome, (await host.GetActivitiesAsync(conversation)).Texts);
    }

    [Fact]
    public async Task An_idle_conversation_expires_and_is_404_afterwards()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.TokenLifetime = TimeSpan.FromHours(2));
        var conversation = await host.StartConversationAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        await host.GetActivitiesAsync(conversation);
        host.Clock.Advance(TimeSpan.FromMinutes(29));
        await host.GetActivitiesAsync(conversation);
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        var read = await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);
        var post = await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("hi", "c1"));

        await Ok.ErrorAsync(read, HttpStatusCode.NotFound, "NotFound");
        await Ok.ErrorAsync(post, HttpStatusCode.NotFound, "NotFound");
    }

    [Fact]
    public async Task The_background_sweep_frees_idle_conversations()
    {
        await using var host = await DirectLineHost.StartAsync();
        await host.StartConversationAsync();
        await host.StartConversationAsync();
        var store = (ConversationStore)host.Services.GetService(typeof(ConversationStore))!;
        host.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.Equal(2, store.Sweep());
        Assert.Equal(0, store.Count);
        Assert.Equal(0, store.Budget.Bytes);
    }
}
