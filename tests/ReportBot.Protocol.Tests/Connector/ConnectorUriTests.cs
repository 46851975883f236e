using ReportBot.Protocol.Connector;

namespace ReportBot.Protocol.Tests.Connector;

public sealed class ConnectorUriTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "c1", "a1", "https://smba.trafficmanager.net/amer/v3/conversations/c1/activities/a1")]
    [InlineData("https://smba.trafficmanager.net/amer", "c1", "a1", "https://smba.trafficmanager.net/amer/v3/conversations/c1/activities/a1")]
    [InlineData("http://localhost:53135", "c|livechat", null, "http://localhost:53135/v3/conversations/c%7Clivechat/activities")]
    [InlineData("https://x.test/", "19:a@thread.v2;messageid=9", "1:2", "https://x.test/v3/conversations/19%3Aa%40thread.v2%3Bmessageid%3D9/activities/1%3A2")]
    public void Activity_urls_are_relative_to_the_service_url_with_encoded_ids(string serviceUrl, string conversationId, string? activityId, string expected)
    {
        Assert.True(ConnectorUri.TryParseServiceUrl(serviceUrl, out var baseUri));

        Assert.Equal(expected, ConnectorUri.Activities(baseUri, conversationId, activityId).AbsoluteUri);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/api/relative")]
    [InlineData("ftp://files.test/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("not a url")]
    public void Only_absolute_http_and_https_service_urls_are_accepted(string? serviceUrl)
    {
        Assert.False(ConnectorUri.TryParseServiceUrl(serviceUrl, out _));
    }
}
