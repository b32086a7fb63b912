using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Vetting.Core.Watchlists;
using Vetting.Watchlists.Bundled;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Updating;
using Vetting.Watchlists.Versions;

namespace Vetting.Watchlists;

public static class WatchlistsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the watchlist store (under <paramref name="storeDirectory"/>), importer, differ and the updater with
    /// its resilient HTTP client.
    /// </summary>
    public static IServiceCollection AddWatchlists(this IServiceCollection services, string storeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeDirectory);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new FileWatchlistStore(storeDirectory, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IWatchlistStore>(sp => sp.GetRequiredService<FileWatchlistStore>());
        services.TryAddSingleton<WatchlistImporter>();
        services.TryAddSingleton<WatchlistDiffer>();
        services.TryAddSingleton<BundledWatchlists>();
        services.TryAddTransient(sp => new WatchlistUpdater(
            sp.GetRequiredService<WatchlistDownloader>(),
            sp.GetRequiredService<WatchlistImporter>(),
            sp.GetRequiredService<ILogger<WatchlistUpdater>>()));
        services.AddHttpClient<WatchlistDownloader>()
            .AddStandardResilienceHandler(options =>
            {
                // List files are tens of megabytes from slow government servers.
                options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(3);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(10);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(6);
            });
        return services;
    }
}
