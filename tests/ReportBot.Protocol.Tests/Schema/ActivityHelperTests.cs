using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Schema;

public sealed class ActivityHelperTests
{
    [Fact]
    public void CreateReply_swaps_the_parties_and_keeps_the_conversation()
    {
        var inbound = Some.Message();

        var reply = inbound.CreateReply("答案");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(Some.BotId, reply.From!.Id);
        Assert.Equal(Some.UserId, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ChannelId, reply.ChannelId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("zh-CN", reply.Locale);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData(Channels.Directline, null)]
    [InlineData(Channels.Webchat, null)]
    [InlineData(Channels.Emulator, "inbound-id")]
    [InlineData(Channels.Msteams, "inbound-id")]
    public void A_conversation_reference_omits_the_activity_id_only_for_direct_line_conversation_updates(string channel, string? expectedActivityId)
    {
        var inbound = Some.ConversationStart();
        inbound.Id = "inbound-id";
        inbound.ChannelId = channel;

        Assert.Equal(expectedActivityId, inbound.GetConversationReference().ActivityId);
    }

    [Fact]
    public void Applying_a_reference_to_an_outgoing_activity_addresses_it_from_the_bot()
    {
        var reference = Some.Message().GetConversationReference();
        var outgoing = new Activity(ActivityTypes.Message);

        outgoing.ApplyConversationReference(reference);

        Assert.Equal(Some.BotId, outgoing.From!.Id);
        Assert.Equal(Some.UserId, outgoing.Recipient!.Id);
        Assert.Equal(reference.ActivityId, outgoing.ReplyToId);
        Assert.Null(outgoing.Id);
    }

    [Fact]
    public void A_continuation_activity_is_an_incoming_event_from_the_user()
    {
        var reference = Some.Message().GetConversationReference();

        var continuation = reference.GetContinuationActivity();

        Assert.Equal(ActivityTypes.Event, continuation.Type);
        Assert.Equal("ContinueConversation", continuation.Name);
        Assert.Equal(Some.UserId, continuation.From!.Id);
        Assert.Equal(reference.ActivityId, continuation.Id);
    }

    [Fact]
    public void Removing_the_recipient_mention_strips_the_at_text_and_trims()
    {
        var activity = ProtocolJson.DeserializeActivity(Samples.Read("teams-channel-message.json"))!;

        var text = activity.RemoveRecipientMention();

        Assert.Equal("2024年贸易总额是多少？", text);
        Assert.Equal(text, activity.Text);
    }

    [Fact]
    public void A_mention_without_text_is_removed_by_name()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<AT>报告问答</AT> 你好",
            Recipient = new ChannelAccount("28:bot"),
            Entities = [new Mention(new ChannelAccount("28:bot", "报告问答"))],
        };

        Assert.Equal("你好", activity.RemoveRecipientMention());
    }

    [Fact]
    public void Mentions_of_other_people_stay_in_the_text()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<at>张伟</at> 问一下",
            Recipient = new ChannelAccount("28:bot"),
            Entities = [new Mention(new ChannelAccount("29:zhang", "张伟"), "<at>张伟</at>")],
        };

        Assert.Equal("<at>张伟</at> 问一下", activity.RemoveRecipientMention());
    }

    [Fact]
    public void An_entity_set_from_a_json_object_keeps_type_apart_and_every_other_member()
    {
        var entity = new Entity();

        entity.SetAs(new JsonObject
        {
            ["type"] = "https://schema.org/Claim",
            ["@type"] = "Claim",
            ["@id"] = "cite:1",
            ["name"] = "第二章",
        });

        Assert.Equal("https://schema.org/Claim", entity.Type);
        Assert.Equal(["@type", "@id", "name"], entity.Properties!.Keys);
        JsonAssert.Equivalent(
            """{"type":"https://schema.org/Claim","@type":"Claim","@id":"cite:1","name":"第二章"}""",
            JsonSerializer.Serialize(entity, ProtocolJson.Context.Entity));
    }

    [Fact]
    public void An_entity_read_as_a_mention_exposes_its_members()
    {
        var entity = JsonSerializer.Deserialize(
            """{"type":"mention","mentioned":{"id":"28:bot","name":"Bot"},"text":"<at>Bot</at>","extra":1}""",
            ProtocolJson.Context.Entity)!;

        var mention = entity.GetAs<Mention>()!;

        Assert.Equal("28:bot", mention.Mentioned!.Id);
        Assert.Equal("<at>Bot</at>", mention.Text);
        Assert.Equal(1, mention.Properties!["extra"].GetInt32());
    }

    [Fact]
    public void Has_content_is_false_for_an_empty_message()
    {
        Assert.False(new Activity(ActivityTypes.Message) { Text = "  " }.HasContent());
        Assert.True(new Activity(ActivityTypes.Message) { Attachments = [new Attachment()] }.HasContent());
    }
}
