namespace ReportBot.Protocol.Schema;

/// <summary>Helpers on typed activity views, as in the SDK's <c>ActivityExtensions</c>.</summary>
public static class ActivityExtensions
{
    /// <summary>Removes the bot's own @mention (Teams' <c>&lt;at&gt;Bot&lt;/at&gt;</c>) from the text and trims it.</summary>
    /// <returns>The new text.</returns>
    public static string? RemoveRecipientMention(this IMessageActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Recipient?.Id is { } id ? activity.RemoveMentionText(id) : activity.Text;
    }

    /// <summary>
    /// Removes the text of every mention of <paramref name="id"/> from the activity's text (case-insensitive; falls
    /// back to <c>&lt;at&gt;name&lt;/at&gt;</c> when the mention has no text) and trims it.
    /// </summary>
    /// <returns>The new text.</returns>
    public static string? RemoveMentionText(this IMessageActivity activity, string id)
    {
        ArgumentNullException.ThrowIfNull(activity);
        foreach (var mention in activity.GetMentions())
        {
            if (activity.Text is null || !string.Equals(mention.Mentioned?.Id, id, StringComparison.Ordinal))
            {
                continue;
            }

            var mentionText = mention.Text ?? (mention.Mentioned?.Name is { } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(mentionText))
            {
                activity.Text = activity.Text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
            }
        }

        return activity.Text;
    }
}
