using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// The signing keys of one metadata fetch, with each key's Bot Framework <c>endorsements</c> (the channel ids it
/// may sign for), read from the JWK's extra members.
/// </summary>
internal sealed class SigningKeySet
{
    private readonly Dictionary<string, HashSet<string>> _endorsements;

    private SigningKeySet(IReadOnlyList<SecurityKey> keys, Dictionary<string, HashSet<string>> endorsements)
    {
        Keys = keys;
        _endorsements = endorsements;
    }

    public IReadOnlyList<SecurityKey> Keys { get; }

    public static SigningKeySet From(OpenIdConnectConfiguration configuration)
    {
        var endorsements = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var jwk in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (jwk.Kid is { } kid && jwk.AdditionalData.TryGetValue("endorsements", out var value))
            {
                endorsements[kid] = ReadEndorsements(value);
            }
        }

        return new SigningKeySet([.. configuration.SigningKeys], endorsements);
    }

    public bool HasKey(string kid) => Keys.Any(k => string.Equals(k.KeyId, kid, StringComparison.Ordinal));

    /// <summary>
    /// True when the key <paramref name="kid"/> may sign for <paramref name="channelId"/>: it carries no endorsements
    /// member (as in the SDK), or its list holds the channel id (ordinal). A malformed list endorses nothing, and an
    /// activity without a channel id is not endorsed by a key that has a list (the SDK lets that through).
    /// </summary>
    public bool Endorses(string? kid, string? channelId) =>
        kid is not null && (!_endorsements.TryGetValue(kid, out var channels) || (channelId is not null && channels.Contains(channelId)));

    private static HashSet<string> ReadEndorsements(object? value)
    {
        var channels = new HashSet<string>(StringComparer.Ordinal);
        if (value is JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } channel)
                {
                    channels.Add(channel);
                }
            }
        }
        else if (value is IEnumerable<object> items)
        {
            channels.UnionWith(items.OfType<string>());
        }

        return channels;
    }
}
