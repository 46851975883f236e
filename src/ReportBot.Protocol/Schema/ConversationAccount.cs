using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Protocol.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public class ConversationAccount
{
    public ConversationAccount()
    {
    }

    public ConversationAccount(bool? isGroup = null, string? conversationType = null, string? id = null, string? name = null, string? aadObjectId = null, string? role = null, string? tenantId = null)
    {
        IsGroup = isGroup;
        ConversationType = conversationType;
        Id = id;
        Name = name;
        AadObjectId = aadObjectId;
        Role = role;
        TenantId = tenantId;
    }

    /// <summary>True for group chats and channels (more than two participants).</summary>
    public bool? IsGroup { get; set; }

    /// <summary>Teams: "personal", "groupChat" or "channel".</summary>
    public string? ConversationType { get; set; }

    /// <summary>
    /// Channel-specific id; may contain <c>|</c> (Emulator), <c>:</c>, <c>;</c> and <c>@</c> (Teams), so always
    /// percent-encode it in URLs.
    /// </summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    public string? TenantId { get; set; }

    /// <summary>Members the schema does not name; kept so they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
