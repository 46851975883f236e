namespace ReportBot.Protocol.Schema;

/// <summary>Wire values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>The caller wants every reply of the turn in the HTTP response body (<see cref="ExpectedReplies"/>).</summary>
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
