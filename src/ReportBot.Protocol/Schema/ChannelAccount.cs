using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Protocol.Schema;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, <c>membersAdded</c> …).</summary>
public class ChannelAccount
{
    public ChannelAccount()
    {
    }

    public ChannelAccount(string? id = null, string? name = null, string? role = null, string? aadObjectId = null)
    {
        Id = id;
        Name = name;
        Role = role;
        AadObjectId = aadObjectId;
    }

    /// <summary>Channel id of the account, e.g. <c>29:1abc…</c> (Teams user) or <c>28:&lt;appId&gt;</c> (Teams bot).</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>Microsoft Entra object id (Teams).</summary>
    public string? AadObjectId { get; set; }

    /// <summary><see cref="RoleTypes"/>: "user", "bot" or "skill".</summary>
    public string? Role { get; set; }

    /// <summary>Members the schema does not name; kept so they round-trip.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
