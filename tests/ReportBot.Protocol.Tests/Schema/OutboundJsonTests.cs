using System.Text.Json;
using System.Text.Json.Nodes;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Schema;

public sealed class OutboundJsonTests
{
    [Fact]
    public void Null_members_are_omitted_and_names_are_the_schema_camel_case()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "答案",
            ReplyToId = "a1",
            ServiceUrl = "http://x/",
            ChannelId = Channels.Msteams,
            InputHint = InputHints.AcceptingInput,
            TextFormat = TextFormatTypes.Markdown,
            LocalTimezone = "Asia/Shanghai",
            AttachmentLayout = AttachmentLayoutTypes.Carousel,
            From = new ChannelAccount("28:bot", "Bot") { AadObjectId = "obj" },
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "a:1", tenantId: "t1"),
            MembersAdded = [new ChannelAccount("u")],
        };

        var json = ProtocolJson.Serialize(activity);

        Assert.Equal(
            new[] { "attachmentLayout", "channelId", "conversation", "from", "inputHint", "localTimezone", "membersAdded", "replyToId", "serviceUrl", "text", "textFormat", "type" },
            JsonAssert.MemberNames(json).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outbound_members_carry_exact_wire_names()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            From = new ChannelAccount("28:bot", "Bot") { AadObjectId = "obj" },
            Conversation = new ConversationAccount(isGroup: false, conversationType: "personal", id: "a:1", tenantId: "t1"),
            ReplyToId = "a1",
        };

        var json = JsonNode.Parse(ProtocolJson.Serialize(activity))!;

        JsonAssert.Equivalent(
            """
            {"type":"message","replyToId":"a1",
             "from":{"id":"28:bot","name":"Bot","aadObjectId":"obj"},
             "conversation":{"isGroup":false,"conversationType":"personal","id":"a:1","tenantId":"t1"}}
            """,
            json.ToJsonString());
    }

    [Fact]
    public void An_adaptive_card_built_as_a_json_node_is_written_as_the_attachment_content()
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "948亿美元", ["wrap"] = true }),
            ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "原文", ["url"] = "https://example.org/report#p3" }),
        };
        var reply = MessageFactory.Attachment(new Attachment(ContentTypes.AdaptiveCard, content: card), "找到一处：");

        var json = ProtocolJson.Serialize((Activity)reply);

        JsonAssert.Equivalent(
            """
            {"type":"message","text":"找到一处：","attachmentLayout":"list","entities":[],
             "attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":
               {"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",
                "body":[{"type":"TextBlock","text":"948亿美元","wrap":true}],
                "actions":[{"type":"Action.OpenUrl","title":"原文","url":"https://example.org/report#p3"}]}}]}
            """,
            json);
    }

    [Fact]
    public void Anonymous_objects_and_dictionaries_in_raw_members_are_written_with_camel_case_names()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelData = new { Notification = new { Alert = true }, FeedbackLoop = new Dictionary<string, object> { ["type"] = "default" } },
            Value = new Dictionary<string, object?> { ["question"] = "贸易", ["page"] = 3, ["missing"] = null },
        };

        var json = ProtocolJson.Serialize(activity);

        JsonAssert.Equivalent(
            """
            {"type":"message",
             "channelData":{"notification":{"alert":true},"feedbackLoop":{"type":"default"}},
             "value":{"question":"贸易","page":3,"missing":null}}
            """,
            json);
    }

    [Fact]
    public void A_json_element_value_is_written_verbatim()
    {
        var value = JsonDocument.Parse("""{"action":"feedback","n":[1,2.5,"x"]}""").RootElement;

        var json = ProtocolJson.Serialize(new Activity(ActivityTypes.Invoke) { Value = value });

        JsonAssert.Equivalent("""{"type":"invoke","value":{"action":"feedback","n":[1,2.5,"x"]}}""", json);
    }

    [Fact]
    public void A_mention_added_to_entities_is_written_with_its_members()
    {
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<at>张伟</at> 你好",
            Entities = [new Mention(new ChannelAccount("29:u", "张伟"), "<at>张伟</at>")],
        };

        var json = ProtocolJson.Serialize(activity);

        JsonAssert.Equivalent(
            """{"type":"message","text":"<at>张伟</at> 你好","entities":[{"type":"mention","mentioned":{"id":"29:u","name":"张伟"},"text":"<at>张伟</at>"}]}""",
            json);
    }

    [Fact]
    public void Chinese_text_is_written_as_utf8_not_as_escapes()
    {
        var json = ProtocolJson.Serialize(new Activity(ActivityTypes.Message) { Text = "948亿美元" });

        Assert.Contains("\"948亿美元\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Expected_replies_and_resource_responses_use_the_wire_names()
    {
        var replies = new ExpectedReplies([new Activity(ActivityTypes.Typing)]);

        Assert.Equal("""{"activities":[{"type":"typing"}]}""", JsonSerializer.Serialize(replies, ProtocolJson.Context.ExpectedReplies));
        Assert.Equal("""{"id":"r1"}""", JsonSerializer.Serialize(new ResourceResponse("r1"), ProtocolJson.Context.ResourceResponse));
        var error = JsonSerializer.Deserialize("""{"error":{"code":"MessageSizeTooBig","message":"too big"}}""", ProtocolJson.Context.ErrorResponse)!;
        Assert.Equal("MessageSizeTooBig", error.Error!.Code);
    }
}
