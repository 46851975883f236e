using ReportBot.Protocol.Schema;

namespace ReportBot.Replies;

/// <summary>What a channel renders, so each reply carries only what will show.</summary>
internal static class ChannelFeatures
{
    /// <summary>Adaptive Cards: the Emulator, Web Chat (over Direct Line) and Teams.</summary>
    public static bool RendersAdaptiveCards(string? channelId) =>
        channelId is Channels.Emulator or Channels.Webchat or Channels.Directline or Channels.Msteams;

    public static CitationStyle Citations(string? channelId) => channelId switch
    {
        Channels.Emulator or Channels.Webchat or Channels.Directline => CitationStyle.WebChat,
        Channels.Msteams => CitationStyle.Teams,
        _ => CitationStyle.None,
    };

    /// <summary>Suggested actions show in one-to-one chats only (Teams ignores them in group chats and channels).</summary>
    public static bool ShowsSuggestedActions(Activity activity) =>
        !(activity.ChannelId == Channels.Msteams && activity.Conversation?.IsGroup == true);
}
