using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>
/// Issues and checks self-contained tokens: a JWT signed with HMAC-SHA256 whose claims bind one conversation and one
/// user until an expiry (<c>conv</c>, <c>user</c>, <c>name</c>, <c>iat</c>, <c>exp</c>). The JWT shape lets
/// DirectLineJS read the user id from the token, as it does with Azure's. Stream URLs carry a stream ticket instead of
/// the token: the same claims with scope "stream", valid for <see cref="StreamTicketLifetime"/>, so the bearer token
/// never sits in a URL (where request logs would keep it). Also checks the secret. Nothing here logs.
/// </summary>
internal sealed class DirectLineTokens
{
    public const string StreamScope = "stream";

    private const int MaxTokenLength = 4096;

    // {"alg":"HS256","typ":"JWT"}: the only header accepted, so no other algorithm can be smuggled in.
    private const string Header = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";

    /// <summary>As Azure's: the stream must be opened within a minute of getting its URL (DirectLineJS asks for a new one to reconnect).</summary>
    public static readonly TimeSpan StreamTicketLifetime = TimeSpan.FromSeconds(60);

    private readonly byte[] _key;
    private readonly byte[]? _secretHash;
    private readonly TimeProvider _time;

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        var value = options.Value;
        _key = value.TokenSigningKey is { } key ? Encoding.UTF8.GetBytes(key.Trim()) : RandomNumberGenerator.GetBytes(32);
        _secretHash = value.Secret is { } secret ? SHA256.HashData(Encoding.UTF8.GetBytes(secret.Trim())) : null;
        Lifetime = value.TokenLifetime;
        _time = time;
    }

    public TimeSpan Lifetime { get; }

    public int LifetimeSeconds => (int)Lifetime.TotalSeconds;

    public bool HasSecret => _secretHash is not null;

    /// <summary>Constant-time comparison with the configured secret (false when none is configured).</summary>
    public bool IsSecret(string presented) =>
        _secretHash is not null
        && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), _secretHash);

    public string Issue(string conversationId, ConversationUser user) => Issue(conversationId, user, Lifetime, scope: null);

    public string IssueStreamTicket(string conversationId, ConversationUser user) => Issue(conversationId, user, StreamTicketLifetime, StreamScope);

    private string Issue(string conversationId, ConversationUser user, TimeSpan lifetime, string? scope)
    {
        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var claims = new TokenClaims(conversationId, user.Id, user.Name, now, now + (long)lifetime.TotalSeconds, scope);
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims, DirectLineJson.Default.TokenClaims));
        var signed = $"{Header}.{payload}";
        return $"{signed}.{Base64Url.EncodeToString(Sign(signed))}";
    }

    /// <summary>
    /// Checks shape, header, signature (constant time), scope (null for bearer tokens, <see cref="StreamScope"/> for
    /// stream tickets) and expiry, in that order.
    /// </summary>
    public TokenCheck Check(string? token, string? scope = null)
    {
        if (string.IsNullOrEmpty(token) || token.Length > MaxTokenLength)
        {
            return TokenCheck.Invalid;
        }

        var parts = token.Split('.');
        if (parts.Length != 3 || !string.Equals(parts[0], Header, StringComparison.Ordinal))
        {
            return TokenCheck.Invalid;
        }

        Span<byte> signature = stackalloc byte[64];
        if (!Base64Url.TryDecodeFromChars(parts[2], signature, out var written) || written != 32
            || !CryptographicOperations.FixedTimeEquals(signature[..written], Sign($"{parts[0]}.{parts[1]}")))
        {
            return TokenCheck.Invalid;
        }

        TokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(parts[1]), DirectLineJson.Default.TokenClaims);
        }
        catch (Exception exception) when (exception is JsonException or FormatException)
        {
            return TokenCheck.Invalid;
        }

        if (claims is null || string.IsNullOrEmpty(claims.ConversationId) || string.IsNullOrEmpty(claims.UserId)
            || !string.Equals(claims.Scope, scope, StringComparison.Ordinal))
        {
            return TokenCheck.Invalid;
        }

        var expired = _time.GetUtcNow().ToUnixTimeSeconds() >= claims.ExpiresAt;
        return new TokenCheck(expired ? TokenStatus.Expired : TokenStatus.Valid, claims);
    }

    private byte[] Sign(string signed) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(signed));
}
