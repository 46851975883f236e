namespace ReportBot.Protocol.DirectLine;

internal enum TokenStatus
{
    Invalid,
    Expired,
    Valid,
}

/// <summary>The outcome of <see cref="DirectLineTokens.Check"/>; claims are there for valid and expired tokens.</summary>
internal readonly record struct TokenCheck(TokenStatus Status, TokenClaims? Claims)
{
    public static TokenCheck Invalid => new(TokenStatus.Invalid, null);

    public ConversationUser User => new(Claims!.UserId, Claims.UserName);
}
