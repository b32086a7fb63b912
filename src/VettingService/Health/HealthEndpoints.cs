using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Vetting.Service.Health;

internal static class HealthEndpoints
{
    /// <summary>Liveness: the process answers HTTP. Runs no check, so a database outage never restarts the service.</summary>
    public const string LivePath = "/health/live";

    /// <summary>Readiness: the database answers with an up-to-date schema and a watchlist is active (degraded when old).</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>Tag of the checks that readiness runs.</summary>
    public const string ReadyTag = "ready";

    /// <summary>
    /// Maps <see cref="LivePath"/> and <see cref="ReadyPath"/>: anonymous, JSON, 200 when healthy or degraded and 503
    /// when unhealthy, left out of the HTTP request metrics (probes would drown the real traffic).
    /// </summary>
    public static IEndpointRouteBuilder MapVettingHealth(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponseWriter.WriteAsync })
            .AllowAnonymous()
            .DisableHttpMetrics();
        endpoints.MapHealthChecks(ReadyPath, new HealthCheckOptions
            {
                Predicate = registration => registration.Tags.Contains(ReadyTag),
                ResponseWriter = HealthResponseWriter.WriteAsync,
            })
            .AllowAnonymous()
            .DisableHttpMetrics();
        return endpoints;
    }
}
