using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ReportBot.Protocol.DirectLine;

/// <summary>The per-client limits: token requests (generate, refresh, start, reconnect) and posted activities.</summary>
internal sealed class DirectLineRateLimits(IOptions<DirectLineOptions> options, TimeProvider time, ILogger<DirectLineRateLimits> logger)
{
    /// <summary>Clients tracked per limit; beyond it new clients wait for old windows to end.</summary>
    internal const int MaxTrackedClients = 50_000;

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public ClientRateLimiter Tokens { get; } =
        new("token requests", options.Value.TokenRequestsPerMinute, Window, MaxTrackedClients, time);

    public ClientRateLimiter Activities { get; } =
        new("posted activities", options.Value.ActivitiesPerMinute, Window, MaxTrackedClients, time);

    /// <summary>Takes a permit, or answers 429 with Retry-After (seconds) and returns false.</summary>
    public async Task<bool> TryAcquireAsync(ClientRateLimiter limiter, HttpContext http)
    {
        if (limiter.TryAcquire(ClientAddress.Key(http), out var retryAfter))
        {
            return true;
        }

        DirectLineLog.RateLimited(logger, limiter.Name);
        await DirectLineErrors.WriteAsync(
            http,
            StatusCodes.Status429TooManyRequests,
            DirectLineErrors.TooManyRequests,
            $"Too many {limiter.Name} from this client (limit {limiter.Permits} per minute); retry after the Retry-After delay.",
            retryAfter).ConfigureAwait(false);
        return false;
    }
}
