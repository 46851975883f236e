namespace ReportBot.WebChat;

/// <summary>
/// The <c>WebChat</c> settings: where the chat page gets its Direct Line. By default the bot's own
/// endpoint (<c>/v3/directline</c>); to use Azure Bot Service's Direct Line instead, set
/// <see cref="DirectLineDomain"/> to <c>https://directline.botframework.com/v3/directline</c> and
/// <see cref="DirectLineSecret"/> to the channel's secret: the page then gets its token from
/// <c>/api/webchat/token</c>, which exchanges the secret on the server, never in the browser.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>The Direct Line base URL the page talks to; empty: this bot's own <c>/v3/directline</c>.</summary>
    public string? DirectLineDomain { get; set; }

    /// <summary>The secret of an external Direct Line (Azure); empty: the bot's own endpoint issues tokens.</summary>
    public string? DirectLineSecret { get; set; }
}
