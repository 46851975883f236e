using System.Net;
using System.Text.Json;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;
using ReportBot.Tests.Support;

namespace ReportBot.Tests.Bot;

/// <summary>The bot in a Teams team, as the Bot Connector delivers it: mentions, threads, one welcome, citations, invokes and reactions.</summary>
public sealed class TeamsTranscriptTests(BotAppFixture fixture) : IClassFixture<BotAppFixture>
{
    private readonly Teams teams = new(fixture.Channel.ServiceUrl);

    private async Task<List<FakeChannel.ReceivedRequest>> SendAsync(Activity activity)
    {
        var before = fixture.Channel.Received.Count;
        var response = await fixture.Bot.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return fixture.Channel.Received.Skip(before).Where(r => r.Activity.Conversation?.Id == activity.Conversation!.Id).ToList();
    }

    [Fact]
    public async Task AChannelMessageWithAMentionIsAnsweredInItsThreadWithoutTheMention()
    {
        var question = teams.ChannelMessage("2024年中国同中亚国家贸易总额是多少？");
        var received = await SendAsync(question);

        var reply = received.Last().Activity;
        Assert.Contains("948亿美元", reply.Text);
        Assert.DoesNotContain("<at>", reply.Text);
        Assert.DoesNotContain("报告问答", reply.Text);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(question.Conversation!.Id!)}/activities/{question.Id}", received.Last().RawTarget);
        Assert.Equal(question.Id, reply.ReplyToId);
    }

    [Fact]
    public async Task InAChannelTheSourcesAreTeamsCitationsAndThereAreNoSuggestedActions()
    {
        var reply = (await SendAsync(teams.ChannelMessage("哈萨克斯坦"))).Last().Activity;

        Assert.Null(reply.SuggestedActions);
        Assert.Contains(" [1]", reply.Text);
        Assert.DoesNotContain("cite:", reply.Text);
        var message = Assert.Single(reply.Entities!, e => e.Type == "https://schema.org/Message");
        var members = JsonSerializer.SerializeToElement(message.Properties);
        Assert.Equal("Message", members.GetProperty("@type").GetString());
        var citations = members.GetProperty("citation").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], citations.Select(c => c.GetProperty("position").GetInt32()));
        Assert.All(citations, c => Assert.InRange(c.GetProperty("appearance").GetProperty("name").GetString()!.Length, 1, 80));
        Assert.All(citations, c => Assert.InRange(c.GetProperty("appearance").GetProperty("abstract").GetString()!.Length, 1, 160));
        Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(reply.Attachments!).ContentType);
    }

    [Fact]
    public async Task BeingAddedToATeamIsWelcomedOnceAndLaterMembersAreNotGreeted()
    {
        var first = await SendAsync(teams.TeamMembersAdded(Teams.BotId));
        var again = await SendAsync(teams.TeamMembersAdded(Teams.BotId));
        var someoneJoins = await SendAsync(teams.TeamMembersAdded("29:new-colleague"));

        Assert.Contains("新华社", Assert.Single(first).Activity.Text);
        Assert.Empty(again);
        Assert.Empty(someoneJoins);
    }

    [Fact]
    public async Task FeedbackFromTeamsIsAcknowledgedWithAnEmptyObject()
    {
        var response = await fixture.Bot.PostAsync(teams.Invoke("message/submitAction", new { actionName = "feedback", actionValue = new { reaction = "like", feedback = "{}" } }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AnInvokeTheBotDoesNotKnowGets501()
    {
        var response = await fixture.Bot.PostAsync(teams.Invoke("composeExtension/query", new { }));
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AReactionIsAcceptedWithoutAReply()
    {
        var reaction = teams.Reaction("1741064767000");
        Assert.Empty(await SendAsync(reaction));
    }
}
