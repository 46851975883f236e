using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.DirectLine;

/// <summary>The user a token and a conversation are bound to.</summary>
internal sealed record ConversationUser(string Id, string? Name)
{
    public const int MaxLength = 128;

    public ChannelAccount ToAccount() => new(Id, Name, RoleTypes.User);

    /// <summary>
    /// The user from TokenParameters: an id and name of at most <see cref="MaxLength"/> characters without control
    /// characters, else null with a reason. A missing id gets a random "dl_…" id.
    /// </summary>
    public static ConversationUser? FromParameters(TokenUser? user, out string? problem)
    {
        problem = null;
        var id = user?.Id?.Trim();
        var name = user?.Name?.Trim();
        if (!IsAcceptable(id) || !IsAcceptable(name))
        {
            problem = $"user.id and user.name must be at most {MaxLength} characters without control characters.";
            return null;
        }

        return new ConversationUser(string.IsNullOrEmpty(id) ? "dl_" + DirectLineIds.Random() : id, string.IsNullOrEmpty(name) ? null : name);
    }

    private static bool IsAcceptable(string? value) =>
        value is null || (value.Length <= MaxLength && !value.Any(char.IsControl));
}
