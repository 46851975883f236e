using System.Net;

namespace ReportBot.Protocol.Tests.DirectLine;

public sealed class LoggingTests
{
    [Fact]
    public async Task Secrets_tokens_and_message_text_never_reach_the_logs()
    {
        const string secret = "a-direct-line-secret-for-tests";
        await using var host = await DirectLineHost.StartAsync(o => o.Secret = secret);
        var generated = await host.GenerateTokenAsync(secret: secret);
        var started = await Ok.JsonAsync(await host.SendAsync(HttpMethod.Post, "conversations", generated.GetProperty("token").GetString()), HttpStatusCode.Created);
        var conversation = new StartedConversation(started.GetProperty("conversationId").GetString()!, started.GetProperty("token").GetString()!, started.GetProperty("streamUrl").GetString()!);
        await using (var stream = await StreamClient.ConnectAsync(conversation.StreamUrl))
        {
            await Ok.JsonAsync(await host.PostActivityAsync(conversation, DirectLineHost.WebChatMessage("机密问题", "c1")));
            await stream.ReceiveUntilAsync("echo: 机密问题");
        }

        await host.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token + "x");
        await host.SendAsync(HttpMethod.Post, "tokens/generate", secret + "x");
        host.Clock.Advance(TimeSpan.FromHours(1));
        await host.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);

        Assert.Contains(host.Logs.Entries, e => e.Category.StartsWith("ReportBot.Protocol.DirectLine", StringComparison.Ordinal));
        foreach (var entry in host.Logs.Entries)
        {
            Assert.DoesNotContain(secret, entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(generated.GetProperty("token").GetString()![40..], entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(conversation.Token[40..], entry.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("机密问题", entry.Message, StringComparison.Ordinal);
        }
    }
}
