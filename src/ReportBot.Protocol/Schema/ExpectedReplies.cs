namespace ReportBot.Protocol.Schema;

/// <summary>The HTTP response body of a turn whose activity had <c>deliveryMode: "expectReplies"</c>.</summary>
public class ExpectedReplies
{
    public ExpectedReplies()
    {
    }

    public ExpectedReplies(IList<Activity>? activities) => Activities = activities;

    public IList<Activity>? Activities { get; set; }
}
