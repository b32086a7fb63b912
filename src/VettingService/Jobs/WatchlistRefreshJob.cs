using Hangfire;
using Vetting.Watchlists.Importing;
using Vetting.Watchlists.Updating;

namespace Vetting.Service.Jobs;

/// <summary>
/// Downloads one list from its publisher (on the list's cadence) and, when a new version became active, re-screens at
/// once. A failed download, a list that does not parse, or one that shrank implausibly keeps the active version: the
/// job fails visibly (dashboard, log) with the reason, and the next scheduled run tries again.
/// </summary>
internal sealed class WatchlistRefreshJob(
    WatchlistUpdater updater,
    WatchlistSourceCatalog catalog,
    IBackgroundJobClient jobs,
    ILogger<WatchlistRefreshJob> logger)
{
    /// <returns>The import's status (<see cref="ImportStatus.Activated"/> or <see cref="ImportStatus.Unchanged"/>).</returns>
    /// <exception cref="WatchlistRefreshException">The update failed; the active version is unchanged.</exception>
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution("vetting:watchlist:{0}", 1800)]
    public async Task<ImportStatus> RunAsync(string source, CancellationToken cancellationToken)
    {
        var definition = catalog.Find(source) ?? throw new ArgumentException($"watchlist source '{source}' is not in the catalogue", nameof(source));
        var result = (await updater.UpdateAsync([definition], force: false, cancellationToken))[0];
        var problem = result.Outcome switch
        {
            null => result.Error ?? "unknown error",
            { Status: ImportStatus.RefusedShrink } refused => refused.Describe(),
            _ => null,
        };
        if (problem is not null)
        {
            JobsLog.RefreshFailed(logger, source, problem);
            throw new WatchlistRefreshException($"watchlist {source}: refresh failed, the active version stays: {problem}");
        }

        var status = result.Outcome!.Status; // problem is null only with an outcome
        if (status == ImportStatus.Activated)
        {
            jobs.Enqueue<RescreenJob>(job => job.RunAsync(CancellationToken.None));
        }

        return status;
    }
}
