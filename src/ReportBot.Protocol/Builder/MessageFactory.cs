using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Builder;

/// <summary>Builds common outbound messages, as the SDK's <c>MessageFactory</c>.</summary>
public static class MessageFactory
{
    public static IMessageActivity Text(string? text, string? ssml = null, string? inputHint = null) =>
        Message(text, ssml, inputHint);

    /// <summary>A message with imBack suggested actions whose title and value are each string.</summary>
    public static IMessageActivity SuggestedActions(IEnumerable<string> actions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return SuggestedActions(actions.Select(a => new CardAction(ActionTypes.ImBack, title: a, value: a)), text, ssml, inputHint);
    }

    public static IMessageActivity SuggestedActions(IEnumerable<CardAction> cardActions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(cardActions);
        var message = Message(text, ssml, inputHint);
        message.SuggestedActions = new SuggestedActions { Actions = cardActions.ToList() };
        return message;
    }

    public static IMessageActivity Attachment(Attachment attachment, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return WithAttachments([attachment], AttachmentLayoutTypes.List, text, ssml, inputHint);
    }

    /// <summary>Several attachments shown as a list.</summary>
    public static IMessageActivity Attachment(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null) =>
        WithAttachments(attachments, AttachmentLayoutTypes.List, text, ssml, inputHint);

    /// <summary>Several attachments shown side by side.</summary>
    public static IMessageActivity Carousel(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null) =>
        WithAttachments(attachments, AttachmentLayoutTypes.Carousel, text, ssml, inputHint);

    /// <summary>A message with one attachment given by URL (an image, a file).</summary>
    public static IMessageActivity ContentUrl(string url, string contentType, string? name = null, string? text = null, string? ssml = null, string? inputHint = null) =>
        Attachment(new Attachment(contentType, url, name: name), text, ssml, inputHint);

    private static IMessageActivity WithAttachments(IEnumerable<Attachment> attachments, string layout, string? text, string? ssml, string? inputHint)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var message = Message(text, ssml, inputHint);
        message.AttachmentLayout = layout;
        message.Attachments = attachments.ToList();
        return message;
    }

    private static IMessageActivity Message(string? text, string? ssml, string? inputHint)
    {
        var message = Activity.CreateMessageActivity();
        if (!string.IsNullOrEmpty(text))
        {
            message.Text = text;
        }

        if (!string.IsNullOrEmpty(ssml))
        {
            message.Speak = ssml;
        }

        if (!string.IsNullOrEmpty(inputHint))
        {
            message.InputHint = inputHint;
        }

        return message;
    }
}
