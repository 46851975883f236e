using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary><c>deliveryMode: "expectReplies"</c>: the replies come back in the HTTP response and nothing goes to the serviceUrl.</summary>
public sealed class ExpectRepliesTests(BotAppFixture fixture) : IClassFixture<BotAppFixture>
{
    private readonly Emulator emulator = new(fixture.Channel.ServiceUrl);

    private async Task<IReadOnlyList<Activity>> RepliesAsync(Activity activity)
    {
        var response = await fixture.Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
        return body!.Activities!.ToList();
    }

    [Fact]
    public async Task TheAnswerComesBackInTheResponseBodyAndNothingIsPosted()
    {
        var question = emulator.Message("2024年中国同中亚国家贸易总额是多少？", DeliveryModes.ExpectReplies);
        var replies = await RepliesAsync(question);

        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], replies.Select(r => r.Type));
        Assert.Contains("948亿美元", replies[1].Text);
        Assert.Equal(question.Id, replies[1].ReplyToId);
        Assert.DoesNotContain(fixture.Channel.Received, r => r.RawTarget.Contains(Uri.EscapeDataString(emulator.ConversationId)));
    }

    [Fact]
    public async Task ExpectRepliesNeedsNoServiceUrl()
    {
        var question = emulator.Message("三股势力", DeliveryModes.ExpectReplies);
        question.ServiceUrl = null;
        var replies = await RepliesAsync(question);
        Assert.Contains("三股势力", replies[^1].Text);
    }

    [Fact]
    public async Task MoreWorksAcrossExpectRepliesRequests()
    {
        await RepliesAsync(emulator.Message("中亚", DeliveryModes.ExpectReplies));
        var more = await RepliesAsync(emulator.Message("more", DeliveryModes.ExpectReplies));
        Assert.StartsWith("**4.** ", more[^1].Text);
    }

    [Fact]
    public async Task AWelcomeAlsoComesBackInTheBody()
    {
        var update = emulator.ConversationUpdate(Emulator.BotId, Emulator.UserId);
        update.DeliveryMode = DeliveryModes.ExpectReplies;
        var welcome = Assert.Single(await RepliesAsync(update));
        Assert.Contains("新华社", welcome.Text);
    }

    [Fact]
    public async Task TheResponseIsTheBotFrameworkExpectedRepliesShape()
    {
        var response = await fixture.Bot.PostAsync(emulator.Message("三股势力", DeliveryModes.ExpectReplies));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("activities").ValueKind);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
    }
}
