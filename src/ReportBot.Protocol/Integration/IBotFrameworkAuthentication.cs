using ReportBot.Protocol.Schema;

namespace ReportBot.Protocol.Integration;

/// <summary>
/// Authenticates an inbound request before any turn runs. The default (registered by
/// <see cref="BotFrameworkServiceCollectionExtensions.AddBotFrameworkAdapter(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CloudAdapterOptions}?)"/>
/// unless another implementation is registered first) is anonymous: no app id, requests without an Authorization
/// header are accepted, as the Emulator expects. A JWT implementation (issuer, signature, lifetime, audience,
/// endorsement, serviceurl claim) replaces it by registering itself as this interface.
/// </summary>
public interface IBotFrameworkAuthentication
{
    /// <param name="activity">The parsed inbound activity (its serviceUrl and channelId are what the token must vouch for).</param>
    /// <param name="authHeader">The raw Authorization header, or null when absent. Never log it.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>Success with the caller's identity, or failure (the adapter answers 401 and runs no turn).</returns>
    Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string? authHeader, CancellationToken cancellationToken);
}
