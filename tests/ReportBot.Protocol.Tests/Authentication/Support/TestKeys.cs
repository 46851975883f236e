using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>RSA signing keys made once per test run: two the channel publishes (one for rollover), the Emulator's, and one nobody publishes.</summary>
internal static class TestKeys
{
    public static readonly RsaSecurityKey Channel = Create("channel-key-1");
    public static readonly RsaSecurityKey ChannelNext = Create("channel-key-2");
    public static readonly RsaSecurityKey Emulator = Create("emulator-key-1");
    public static readonly RsaSecurityKey Outsider = Create("outsider-key");

    /// <summary>The public half as a JWK, with a Bot Framework endorsements list when given.</summary>
    public static JsonObject Jwk(RsaSecurityKey key, string[]? endorsements = null)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        }

        return jwk;
    }

    /// <summary>A key with <paramref name="keyId"/> but <paramref name="source"/>'s key material (for forged kids).</summary>
    public static RsaSecurityKey Relabel(RsaSecurityKey source, string keyId) => new(source.Rsa) { KeyId = keyId };

    private static RsaSecurityKey Create(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };
}
