using System.Net;
using System.Text.RegularExpressions;
using ReportBot.Protocol.Schema;

namespace ReportBot.Bot;

/// <summary>The user's words from a message: the bot's own @mention removed, HTML entities and tags undone, whitespace collapsed.</summary>
internal static partial class MessageText
{
    public static string Of(Activity activity)
    {
        var text = activity.RemoveRecipientMention() ?? activity.Text ?? string.Empty;
        // Teams may leave other mention tags and entities (&nbsp;) in the text.
        text = AtTag().Replace(text, "$1");
        text = WebUtility.HtmlDecode(text);
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
