using Vetting.Watchlists.Bundled;

namespace Vetting.Service.Hosting;

/// <summary>Imports the lists shipped with the service for every source that has no active version yet.</summary>
internal static partial class BundledListsLoader
{
    public static void Load(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var folder = BundledWatchlists.Locate();
        if (folder is null)
        {
            LogNoBundledLists(logger);
            return;
        }

        foreach (var result in services.GetRequiredService<BundledWatchlists>().EnsureImported(folder, cancellationToken))
        {
            if (result.Outcome is { } outcome)
            {
                LogBundledListLoaded(logger, outcome.Version.Source, outcome.Version.EntityCount, outcome.Version.AsOf);
            }
            else
            {
                LogBundledListFailed(logger, result.Source, result.Error);
            }
        }
    }

    [LoggerMessage(1001, LogLevel.Information, "Loaded bundled watchlist {Source}: {EntityCount} entities as of {AsOf:yyyy-MM-dd}")]
    private static partial void LogBundledListLoaded(ILogger logger, string source, int entityCount, DateTimeOffset asOf);

    [LoggerMessage(1003, LogLevel.Error, "Bundled watchlist {Source} could not be loaded: {Problem}")]
    private static partial void LogBundledListFailed(ILogger logger, string source, string? problem);

    [LoggerMessage(1002, LogLevel.Warning, "No bundled watchlists found next to the executable; import lists with 'vetting lists import'")]
    private static partial void LogNoBundledLists(ILogger logger);
}
