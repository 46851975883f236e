namespace ReportBot.Protocol.Authentication;

/// <summary>Takes the token out of an <c>Authorization: Bearer …</c> header.</summary>
internal static class BearerToken
{
    /// <summary>
    /// True when the header is "Bearer" (any case) followed by a token; a bare "Bearer" counts as no header, as the
    /// Emulator sends it. Other schemes yield false with <paramref name="otherScheme"/> set.
    /// </summary>
    public static bool TryRead(string? authHeader, out string token, out bool otherScheme)
    {
        token = string.Empty;
        otherScheme = false;
        var value = authHeader.AsSpan().Trim();
        if (value.IsEmpty)
        {
            return false;
        }

        const string scheme = "Bearer";
        if (!value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)
            || (value.Length > scheme.Length && !char.IsWhiteSpace(value[scheme.Length])))
        {
            otherScheme = true;
            return false;
        }

        var rest = value[scheme.Length..].Trim();
        if (rest.IsEmpty)
        {
            return false;
        }

        token = rest.ToString();
        return true;
    }
}
