using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Connector;

public static class ConnectorClientExtensions
{
    /// <summary>
    /// Sends an addressed activity to its own service URL and conversation: ReplyToActivity when it has a
    /// replyToId, SendToConversation otherwise (as the SDK chooses).
    /// </summary>
    public static Task<ResourceResponse> SendActivityAsync(this IConnectorClient client, Activity activity, string? audience = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(activity);
        var serviceUrl = activity.ServiceUrl;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new ConnectorException("The activity has no serviceUrl or conversation id to send it to.");
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? client.SendToConversationAsync(serviceUrl, conversationId, activity, audience, cancellationToken)
            : client.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, audience, cancellationToken);
    }
}
