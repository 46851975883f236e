namespace ReportBot.Protocol.Schema;

/// <summary>Content checks and mentions.</summary>
public partial class Activity
{
    /// <inheritdoc/>
    public bool HasContent() =>
        !string.IsNullOrWhiteSpace(Text)
        || !string.IsNullOrWhiteSpace(Summary)
        || Attachments is { Count: > 0 }
        || ChannelData is not null;

    /// <inheritdoc/>
    public Mention[] GetMentions()
    {
        if (Entities is null)
        {
            return [];
        }

        return Entities
            .Where(e => string.Equals(e.Type, "mention", StringComparison.OrdinalIgnoreCase))
            .Select(e => e as Mention ?? e.GetAs<Mention>())
            .OfType<Mention>()
            .ToArray();
    }
}
