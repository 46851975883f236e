using ReportBot.Protocol.Schema;
using ReportBot.Protocol.Tests.Support;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>Inbound messages as a channel behind Azure Bot Service sends them.</summary>
internal static class Messages
{
    public static Activity Teams(string? serviceUrl, string channelId = "msteams")
    {
        var activity = Some.Message("2024年贸易总额是多少？", serviceUrl: serviceUrl);
        activity.ChannelId = channelId;
        return activity;
    }
}
