using ReportBot.Protocol.Schema;

namespace ReportBot.Replies;

/// <summary>What a channel renders, so each reply carries only what will show.</summary>
internal static class ChannelFeatures
{
    /// <summary>Adaptive Cards: the Emulator, Web Chat (over Direct Line) and Teams.</summary>
    public static bool RendersAdaptiveCards(string? channelId) =>
        channelId is Channels.Emulator or Channels.Webchat or Channels.Directline or Channels.Msteams;

    /// <summary>Web Chat's citations (4.16 and later): reference links to <c>cite:</c> and Claim entities.</summary>
    public static bool RendersWebChatCitations(string? channelId) =>
        channelId is Channels.Emulator or Channels.Webchat or Channels.Directline;

    public static bool IsTeams(string? channelId) => channelId == Channels.Msteams;
}
