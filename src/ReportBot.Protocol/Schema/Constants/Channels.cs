namespace ReportBot.Protocol.Schema;

/// <summary>Well-known values of <see cref="Activity.ChannelId"/>.</summary>
public static class Channels
{
    public const string Directline = "directline";
    public const string Emulator = "emulator";
    public const string Msteams = "msteams";
    public const string Test = "test";
    public const string Webchat = "webchat";
    public const string Slack = "slack";
    public const string Telegram = "telegram";
    public const string Omni = "omnichannel";
}
