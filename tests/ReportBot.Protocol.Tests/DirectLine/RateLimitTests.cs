using System.Net;
using System.Text.Json;

namespace ReportBot.Protocol.Tests.DirectLine;

/// <summary>Per-client limits over real HTTP.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Posting_too_often_is_refused_with_429_and_retry_after_until_the_window_ends()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.ActivitiesPerMinute = 2);
        var conversation = await host.StartConversationAsync();
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("1", "c1")));
        host.Clock.Advance(TimeSpan.FromSeconds(20));
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("2", "c2")));

        var refused = await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("3", "c3"));

        await Ok.ErrorAsync(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.Equal(TimeSpan.FromSeconds(40), refused.Headers.RetryAfter!.Delta);
        Assert.Equal(["c1", "c2"], ClientIds(await host.GetActivitiesAsync(conversation)));

        host.Clock.Advance(TimeSpan.FromSeconds(40));
        await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("4", "c4")));
    }

    [Fact]
    public async Task Asking_for_tokens_too_often_is_refused_with_429()
    {
        await using var host = await DirectLineHost.StartAsync(o => o.TokenRequestsPerMinute = 3);
        await host.StartConversationAsync();
        await host.GenerateTokenAsync();

        var refused = await host.SendAsync(HttpMethod.Post, "tokens/generate");

        var message = await Ok.ErrorAsync(refused, HttpStatusCode.TooManyRequests, "TooManyRequests");
        Assert.Contains("token requests", message, StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
    }

    private static string[] ClientIds(ActivitySet set) => set.Activities
        .Where(a => a.TryGetProperty("channelData", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("clientActivityID", out _))
        .Select(a => a.GetProperty("channelData").GetProperty("clientActivityID").GetString()!)
        .ToArray();
}
