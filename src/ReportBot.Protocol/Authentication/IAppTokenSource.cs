namespace ReportBot.Protocol.Authentication;

/// <summary>Where the bot's own access tokens come from (client credentials or managed identity), cached.</summary>
internal interface IAppTokenSource
{
    /// <param name="resource">The resource, e.g. https://api.botframework.com (no "/.default").</param>
    /// <param name="cancellationToken">Cancels the acquisition.</param>
    Task<string> GetTokenAsync(string resource, CancellationToken cancellationToken);
}
