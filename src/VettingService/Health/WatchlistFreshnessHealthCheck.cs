using Microsoft.Extensions.Diagnostics.HealthChecks;
using Vetting.Core.Watchlists;

namespace Vetting.Service.Health;

/// <summary>
/// Readiness of the watchlists: unhealthy when no list is active (nothing could be screened), degraded when an active
/// list is older than twice its source's cadence (screening runs, on old data), healthy otherwise.
/// </summary>
internal sealed class WatchlistFreshnessHealthCheck(IWatchlistStore store, WatchlistCadences cadences, TimeProvider time) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<WatchlistVersion> versions;
        try
        {
            versions = store.GetActiveVersions();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"the watchlist store could not be read ({e.GetType().Name})", e));
        }

        if (versions.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(
                "no active watchlist: nothing can be screened (run 'vetting lists update' or 'vetting lists import')"));
        }

        var now = time.GetUtcNow();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var stale = new List<string>();
        foreach (var version in versions)
        {
            var freshness = WatchlistFreshness.Assess(version, cadences.For(version.Source), now);
            if (freshness.Stale)
            {
                stale.Add(version.Source);
            }

            data[version.Source] = freshness;
        }

        return Task.FromResult(stale.Count == 0
            ? HealthCheckResult.Healthy($"{versions.Count} active list(s), none older than twice its cadence", data)
            : HealthCheckResult.Degraded(
                $"{stale.Count} of {versions.Count} active list(s) older than twice their cadence: {string.Join(", ", stale)}", data: data));
    }
}
