namespace ReportBot.Protocol.Schema;

/// <summary>Card content types for <see cref="Attachment.ContentType"/>.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string HeroCard = "application/vnd.microsoft.card.hero";
    public const string ThumbnailCard = "application/vnd.microsoft.card.thumbnail";
    public const string SigninCard = "application/vnd.microsoft.card.signin";
    public const string OAuthCard = "application/vnd.microsoft.card.oauth";
}
