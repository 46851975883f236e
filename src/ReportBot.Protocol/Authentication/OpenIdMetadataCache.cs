using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ReportBot.Protocol.Authentication;

/// <summary>
/// The signing keys behind one OpenID metadata URL, fetched with IdentityModel's
/// <see cref="OpenIdConnectConfigurationRetriever"/> and cached on the injected clock: refetched once they are older
/// than <c>refreshInterval</c>, or for an unknown key id; either at most once per <c>minimumRefreshInterval</c>. A
/// failed refetch keeps the last good keys. One fetch at a time; callers that waited for it share its outcome.
/// </summary>
/// <remarks>
/// Not IdentityModel's <c>ConfigurationManager</c>: in 8.x it refreshes partly in the background on its own clock, so
/// "one refetch for an unknown key, then none for minutes" could neither be relied on nor tested.
/// </remarks>
internal sealed class OpenIdMetadataCache(
    string metadataUrl,
    IDocumentRetriever documents,
    TimeProvider time,
    TimeSpan refreshInterval,
    TimeSpan minimumRefreshInterval,
    ILogger logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;
    private DateTimeOffset _attemptEndedAt = DateTimeOffset.MinValue;

    /// <summary>The cached keys, fetched first when there are none or they are older than the refresh interval.</summary>
    /// <exception cref="InvalidOperationException">No keys could be fetched yet.</exception>
    public Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        return snapshot is not null && time.GetUtcNow() - snapshot.FetchedAt < refreshInterval
            ? Task.FromResult(snapshot.Keys)
            : FetchAsync(unknownKid: null, cancellationToken);
    }

    /// <summary>
    /// For a token signed with key <paramref name="kid"/>, which the cached set lacks: refetches unless a fetch
    /// ended less than the minimum refresh interval ago, and returns the keys (which may still lack it).
    /// </summary>
    public Task<SigningKeySet> RefreshForUnknownKeyAsync(string kid, CancellationToken cancellationToken) =>
        FetchAsync(kid, cancellationToken);

    private async Task<SigningKeySet> FetchAsync(string? unknownKid, CancellationToken cancellationToken)
    {
        var requestedAt = time.GetUtcNow();
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var current = _snapshot;
            var sharedOutcome = _attemptEndedAt >= requestedAt;
            if (current is not null && (sharedOutcome || now - _attemptEndedAt < minimumRefreshInterval || !IsWanted(current, unknownKid, now)))
            {
                return current.Keys;
            }

            if (current is null && sharedOutcome)
            {
                throw Unavailable(null);
            }

            return await FetchNowAsync(unknownKid, current?.Keys, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsWanted(Snapshot current, string? unknownKid, DateTimeOffset now) =>
        unknownKid is null ? now - current.FetchedAt >= refreshInterval : !current.Keys.HasKey(unknownKid);

    private async Task<SigningKeySet> FetchNowAsync(string? unknownKid, SigningKeySet? current, CancellationToken cancellationToken)
    {
        try
        {
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, documents, cancellationToken).ConfigureAwait(false);
            var keys = SigningKeySet.From(configuration);
            Volatile.Write(ref _snapshot, new Snapshot(keys, time.GetUtcNow()));
            AuthenticationLog.MetadataFetched(logger, metadataUrl, keys.Keys.Count, unknownKid);
            return keys;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            AuthenticationLog.MetadataFetchFailed(logger, metadataUrl, exception);
            return current ?? throw Unavailable(exception);
        }
        finally
        {
            _attemptEndedAt = time.GetUtcNow();
        }
    }

    private InvalidOperationException Unavailable(Exception? cause) =>
        new($"The signing keys of {metadataUrl} could not be fetched.", cause);

    private sealed record Snapshot(SigningKeySet Keys, DateTimeOffset FetchedAt);
}
