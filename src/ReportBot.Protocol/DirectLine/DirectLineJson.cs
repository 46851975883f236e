using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReportBot.Protocol.DirectLine;

/// <summary>TokenParameters, the body of <c>POST /tokens/generate</c> and <c>POST /conversations</c> (both optional).</summary>
internal sealed class TokenParameters
{
    public TokenUser? User { get; set; }

    /// <summary>DirectLineJS sends its <c>conversationStartProperties.locale</c> here; it becomes the locale of the conversationUpdate.</summary>
    public string? Locale { get; set; }
}

internal sealed class TokenUser
{
    public string? Id { get; set; }

    public string? Name { get; set; }
}

/// <summary>What token and conversation routes answer: <c>{conversationId, token, expires_in, streamUrl?}</c>.</summary>
internal sealed record ConversationInfo(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>
/// The claims of a Direct Line token (a JWT signed with HS256). <see cref="Scope"/> is null for bearer tokens and
/// "stream" for the short-lived tickets in stream URLs, which open nothing else.
/// </summary>
internal sealed record TokenClaims(
    [property: JsonPropertyName("conv")] string ConversationId,
    [property: JsonPropertyName("user")] string UserId,
    [property: JsonPropertyName("name")] string? UserName,
    [property: JsonPropertyName("iat")] long IssuedAt,
    [property: JsonPropertyName("exp")] long ExpiresAt,
    [property: JsonPropertyName("scope")] string? Scope = null);

/// <summary>The answer to a posted activity: <c>{"id":"conv|0000002"}</c>.</summary>
internal sealed record PostedActivity(string Id);

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(TokenParameters))]
[JsonSerializable(typeof(ConversationInfo))]
[JsonSerializable(typeof(TokenClaims))]
[JsonSerializable(typeof(PostedActivity))]
internal sealed partial class DirectLineJson : JsonSerializerContext;
