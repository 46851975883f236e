using System.Security.Claims;

namespace ReportBot.Protocol.Integration;

/// <summary>The outcome of <see cref="IBotFrameworkAuthentication.AuthenticateRequestAsync"/>.</summary>
public sealed class AuthenticateRequestResult
{
    private AuthenticateRequestResult()
    {
    }

    public bool Succeeded { get; private init; }

    /// <summary>The caller; stored in TurnState under <see cref="Builder.BotAdapter.BotIdentityKey"/>.</summary>
    public ClaimsIdentity? ClaimsIdentity { get; private init; }

    /// <summary>Becomes <c>activity.callerId</c> (e.g. <see cref="Schema.CallerIdConstants.PublicAzureChannel"/>); null when anonymous.</summary>
    public string? CallerId { get; private init; }

    /// <summary>Audience (scope) for outbound tokens of this turn, passed to <see cref="Connector.IOutboundTokenProvider"/>.</summary>
    public string? Audience { get; private init; }

    /// <summary>Why authentication failed; logged, never sent to the caller. Must not contain the token.</summary>
    public string? FailureReason { get; private init; }

    public static AuthenticateRequestResult Success(ClaimsIdentity claimsIdentity, string? callerId = null, string? audience = null) =>
        new() { Succeeded = true, ClaimsIdentity = claimsIdentity ?? throw new ArgumentNullException(nameof(claimsIdentity)), CallerId = callerId, Audience = audience };

    public static AuthenticateRequestResult Fail(string reason) =>
        new() { Succeeded = false, FailureReason = reason };
}
