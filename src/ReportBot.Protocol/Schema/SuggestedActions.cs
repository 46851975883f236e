namespace ReportBot.Protocol.Schema;

/// <summary>Buttons shown under the last bot message; they disappear once the user answers.</summary>
public class SuggestedActions
{
    public SuggestedActions()
    {
    }

    public SuggestedActions(IList<string>? to = null, IList<CardAction>? actions = null)
    {
        To = to;
        Actions = actions;
    }

    /// <summary>Ids of the recipients who should see the actions (all when empty).</summary>
    public IList<string>? To { get; set; }

    public IList<CardAction>? Actions { get; set; }
}
