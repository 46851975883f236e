using System.Security.Claims;

namespace ReportBot.Protocol.Authentication;

/// <summary>The outcome of <see cref="SignedTokenValidator.ValidateAsync"/>.</summary>
internal sealed record TokenCheck(ClaimsIdentity? Identity, string? SigningKeyId, SigningKeySet? Keys, string? Failure)
{
    public static TokenCheck Failed(string reason) => new(null, null, null, reason);
}
