using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Vetting.Data;

namespace Vetting.Service.Health;

/// <summary>
/// Readiness of the database: it answers within <see cref="VettingHealthOptions.DatabaseTimeoutSeconds"/> and its
/// schema has every migration this version needs (reading the migrations history is the round trip).
/// </summary>
internal sealed class DatabaseHealthCheck(VettingDatabase database, IOptionsMonitor<VettingHealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var seconds = options.CurrentValue.DatabaseTimeoutSeconds;
        var data = new Dictionary<string, object>(StringComparer.Ordinal) { ["provider"] = database.Provider.ToString() };
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            var pending = await database.GetPendingMigrationsAsync(timeout.Token);
            data["pendingMigrations"] = pending.Count;
            return pending.Count == 0
                ? HealthCheckResult.Healthy("reachable, schema up to date", data)
                : HealthCheckResult.Unhealthy($"reachable, but {pending.Count} migration(s) are pending: run 'vetting migrate'", data: data);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"no answer within {seconds} s", e, data);
        }
        catch (Exception e) when (e is DbException or InvalidOperationException or TimeoutException)
        {
            // The message may name servers and users: it goes to the log, not into the response.
            return HealthCheckResult.Unhealthy($"unreachable ({e.GetType().Name})", e, data);
        }
    }
}
