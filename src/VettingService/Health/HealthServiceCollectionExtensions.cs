using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vetting.Service.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>
    /// Adds the readiness checks <c>database</c> and <c>watchlists</c> (options <c>Vetting:Health</c>, checked at start).
    /// Needs <c>AddVettingData</c> and <c>AddWatchlists</c>; map the endpoints with <c>MapVettingHealth</c>.
    /// </summary>
    public static IServiceCollection AddVettingHealth(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptionsWithValidateOnStart<VettingHealthOptions, VettingHealthOptionsValidator>()
            .BindConfiguration(VettingHealthOptions.SectionName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WatchlistCadences>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag])
            .AddCheck<WatchlistFreshnessHealthCheck>("watchlists", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
