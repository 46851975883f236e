using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Protocol.Schema;

/// <summary>
/// Metadata attached to an activity: a mention, Teams' clientInfo, a schema.org Message or Claim … Everything
/// besides <see cref="Type"/> lives in <see cref="Properties"/> (schema.org's <c>@type</c>, <c>@context</c>,
/// <c>@id</c> included), so unknown entities survive a round trip unchanged.
/// </summary>
/// <remarks>
/// Subclasses serialize with their own members only when listed here as derived types (today: <see cref="Mention"/>);
/// for other shapes build the members with <see cref="SetAs{T}(T)"/> or <see cref="Properties"/>.
/// </remarks>
[JsonPolymorphic]
[JsonDerivedType(typeof(Mention))]
public class Entity
{
    public Entity()
    {
    }

    public Entity(string? type) => Type = type;

    /// <summary>"mention", "clientInfo", "https://schema.org/Message", …</summary>
    public string? Type { get; set; }

    /// <summary>All members other than <c>type</c>.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as <typeparamref name="T"/> (e.g. <see cref="Mention"/>) through its JSON.</summary>
    public T? GetAs<T>()
    {
        var element = ProtocolJson.SerializeToElement(this, typeof(Entity));
        return (T?)element.Deserialize(ProtocolJson.Options.GetTypeInfo(typeof(T)));
    }

    /// <summary>
    /// Replaces this entity's members with those of <paramref name="obj"/> (any object, a <c>JsonObject</c> or a
    /// <see cref="JsonElement"/>): its <c>type</c> member becomes <see cref="Type"/>, all others go to
    /// <see cref="Properties"/>.
    /// </summary>
    public void SetAs<T>(T obj)
    {
        var element = ProtocolJson.SerializeToElement(obj, obj?.GetType() ?? typeof(T));
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An entity must serialize to a JSON object.", nameof(obj));
        }

        var properties = new Dictionary<string, JsonElement>();
        string? type = null;
        foreach (var member in element.EnumerateObject())
        {
            if (member.NameEquals("type") && member.Value.ValueKind is JsonValueKind.String)
            {
                type = member.Value.GetString();
            }
            else
            {
                properties[member.Name] = member.Value;
            }
        }

        Type = type;
        Properties = properties.Count == 0 ? null : properties;
    }
}
