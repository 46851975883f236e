namespace ReportBot.Protocol.Authentication;

/// <summary>Service URL comparison as the channel token's <c>serviceurl</c> claim needs it.</summary>
internal static class ServiceUrl
{
    /// <summary>Equal ignoring case and trailing slashes ("https://smba…/amer/" = "https://SMBA…/amer").</summary>
    public static bool AreSame(string? left, string? right) =>
        left is not null && right is not null
        && string.Equals(Normalize(left), Normalize(right), StringComparison.OrdinalIgnoreCase);

    /// <summary>The form used as a key: trimmed, without a trailing slash, lower-case.</summary>
    public static string Normalize(string serviceUrl) =>
        serviceUrl.Trim().TrimEnd('/').ToLowerInvariant();
}
