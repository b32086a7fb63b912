using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Vetting.Core.Workflow;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Adds the screening and enforcement workflow (index provider, screening, enforcement, pull, discovery, notices, final
    /// check, re-screen, reviews, retention). Needs the store ports (<c>AddVettingData</c>), an <c>IWatchlistStore</c>
    /// and the connectors' <c>IEventPlatform</c>s.
    /// </summary>
    public static IServiceCollection AddVettingWorkflow(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PlatformDirectory>();
        services.TryAddSingleton<ScreeningIndexProvider>();
        services.TryAddSingleton<RegistrantScreeningService>();
        services.TryAddSingleton<EnforcementService>();
        services.TryAddSingleton<RegistrantPullService>();
        services.TryAddSingleton<EventDiscoveryService>();
        services.TryAddSingleton<RegistrationNoticeHandler>();
        services.TryAddSingleton<FinalCheckService>();
        services.TryAddSingleton<ListChangeRescreenService>();
        services.TryAddSingleton<ReviewService>();
        services.TryAddSingleton<RetentionService>();
        return services;
    }
}
