using System.Text.Json;
using ReportBot.Protocol.Builder;
using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Tests.Builder;

public sealed class MessageFactoryTests
{
    [Fact]
    public void Text_makes_a_message_with_empty_attachment_and_entity_lists()
    {
        var message = MessageFactory.Text("你好", "<speak>你好</speak>", InputHints.ExpectingInput);

        Assert.Equal(ActivityTypes.Message, message.Type);
        Assert.Equal("你好", message.Text);
        Assert.Equal("<speak>你好</speak>", message.Speak);
        Assert.Equal(InputHints.ExpectingInput, message.InputHint);
        Assert.Empty(message.Attachments!);
        Assert.Empty(message.Entities!);
    }

    [Fact]
    public void Suggested_actions_from_strings_are_im_back_buttons()
    {
        var message = MessageFactory.SuggestedActions(["2023年呢？", "来源"], "还想问：");

        Assert.Equal("还想问：", message.Text);
        Assert.All(message.SuggestedActions!.Actions!, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal(["2023年呢？", "来源"], message.SuggestedActions.Actions!.Select(a => a.Title));
        Assert.Equal("来源", message.SuggestedActions.Actions![1].Value);
        Assert.Equal(
            """{"type":"imBack","title":"来源","value":"来源"}""",
            JsonSerializer.Serialize(message.SuggestedActions.Actions[1], ProtocolJson.Context.CardAction));
    }

    [Fact]
    public void A_carousel_lays_its_attachments_side_by_side()
    {
        var message = MessageFactory.Carousel([new Attachment(ContentTypes.HeroCard), new Attachment(ContentTypes.HeroCard)]);

        Assert.Equal(AttachmentLayoutTypes.Carousel, message.AttachmentLayout);
        Assert.Equal(2, message.Attachments!.Count);
    }

    [Fact]
    public void Content_url_makes_a_one_attachment_message()
    {
        var message = MessageFactory.ContentUrl("https://example.org/report.pdf", "application/pdf", "报告.pdf");

        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal("https://example.org/report.pdf", attachment.ContentUrl);
        Assert.Equal("报告.pdf", attachment.Name);
        Assert.Null(attachment.Content);
    }
}
