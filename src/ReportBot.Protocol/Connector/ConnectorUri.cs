namespace ReportBot.Protocol.Connector;

/// <summary>Builds Connector URLs relative to a service URL, keeping its path.</summary>
internal static class ConnectorUri
{
    /// <summary>True when <paramref name="serviceUrl"/> is an absolute http or https URL.</summary>
    public static bool TryParseServiceUrl(string? serviceUrl, out Uri baseUri)
    {
        baseUri = null!;
        if (string.IsNullOrWhiteSpace(serviceUrl)
            || !Uri.TryCreate(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/", UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        baseUri = uri;
        return true;
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{conversationId}/activities[/{activityId}]</c> with every id
    /// percent-encoded (<c>|</c> → %7C, <c>:</c> → %3A, <c>;</c> → %3B, <c>@</c> → %40, <c>/</c> → %2F).
    /// </summary>
    public static Uri Activities(Uri baseUri, string conversationId, string? activityId = null)
    {
        var path = $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activityId))
        {
            path += "/" + Uri.EscapeDataString(activityId);
        }

        return new Uri(baseUri, path);
    }
}
