using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReportBot.Protocol.Tests.Authentication.Support;

/// <summary>Mints the JWTs a Bot Connector or an Emulator would send, and the forgeries tests need, on a given clock.</summary>
internal sealed class Tokens(TimeProvider clock)
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string EmulatorIssuerV1 = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    public const string EmulatorIssuerV2 = "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0";
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    /// <summary>A Bot Connector token for the test app, valid for an hour, vouching for <paramref name="serviceUrl"/>.</summary>
    public string Channel(string? serviceUrl, SecurityKey? key = null, string algorithm = SecurityAlgorithms.RsaSha256, Action<SecurityTokenDescriptor>? edit = null)
    {
        var descriptor = Descriptor(ChannelIssuer, TestSettings.AppId, key ?? TestKeys.Channel, algorithm);
        if (serviceUrl is not null)
        {
            descriptor.Claims["serviceurl"] = serviceUrl;
        }

        edit?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>An Entra ID access token as the Emulator gets one with the bot's credentials (ver 1.0: appid; 2.0: azp).</summary>
    public string Emulator(string version = "1.0", string appId = TestSettings.AppId, string audience = TestSettings.AppId, Action<SecurityTokenDescriptor>? edit = null)
    {
        var issuer = version == "2.0" ? EmulatorIssuerV2 : EmulatorIssuerV1;
        var descriptor = Descriptor(issuer, audience, TestKeys.Emulator, SecurityAlgorithms.RsaSha256);
        descriptor.Claims["ver"] = version;
        descriptor.Claims[version == "2.0" ? "azp" : "appid"] = appId;
        descriptor.Claims["tid"] = "d6d49420-f39b-4df7-a1dc-d59a935871db";
        edit?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }

    /// <summary>A channel token with <c>alg: none</c> and an empty signature.</summary>
    public string Unsigned(string serviceUrl)
    {
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var header = $$"""{"alg":"none","typ":"JWT","kid":"{{TestKeys.Channel.KeyId}}"}""";
        var payload = $$"""{"iss":"{{ChannelIssuer}}","aud":"{{TestSettings.AppId}}","serviceurl":"{{serviceUrl}}","nbf":{{now - 60}},"exp":{{now + 3600}}}""";
        return $"{Base64UrlEncoder.Encode(header)}.{Base64UrlEncoder.Encode(payload)}.";
    }

    /// <summary>A channel token "signed" HS256 with the published RSA public key as the HMAC secret (key confusion).</summary>
    public string HmacWithPublicKey(string serviceUrl)
    {
        var secret = Encoding.UTF8.GetBytes(TestKeys.Jwk(TestKeys.Channel).ToJsonString());
        var key = new SymmetricSecurityKey(secret) { KeyId = TestKeys.Channel.KeyId };
        return Channel(serviceUrl, key, SecurityAlgorithms.HmacSha256);
    }

    private SecurityTokenDescriptor Descriptor(string issuer, string audience, SecurityKey key, string algorithm)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddMinutes(-1),
            NotBefore = now.AddMinutes(-1),
            Expires = now.AddHours(1),
            Claims = new Dictionary<string, object>(),
            SigningCredentials = new SigningCredentials(key, algorithm),
        };
    }
}
