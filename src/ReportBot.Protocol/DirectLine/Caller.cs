namespace ReportBot.Protocol.DirectLine;

/// <summary>An authenticated caller: the secret holder (no claims) or a token's conversation and user.</summary>
internal sealed record Caller(TokenClaims? Claims)
{
    public static Caller Secret { get; } = new(Claims: null);

    public bool IsSecret => Claims is null;
}
