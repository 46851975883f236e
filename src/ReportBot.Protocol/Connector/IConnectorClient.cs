using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Connector;

/// <summary>
/// The bot → channel half of Connector REST API v3. Calls are retried on transient failures; when every attempt
/// fails they throw <see cref="ConnectorException"/>.
/// </summary>
public interface IConnectorClient
{
    /// <summary><c>POST {serviceUrl}v3/conversations/{conversationId}/activities/{activityId}</c>.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, string? audience = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST {serviceUrl}v3/conversations/{conversationId}/activities</c>.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, string? audience = null, CancellationToken cancellationToken = default);
}
