using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;
using Vetting.Core.Workflow;
using Vetting.Watchlists.Updating;

namespace Vetting.Service.Jobs;

/// <summary>
/// Registers the recurring jobs for the configured accounts and list sources (and removes those of accounts or sources
/// no longer configured), then queues a discovery and a pull for every account so a start is screened at once.
/// </summary>
internal sealed class RecurringJobsRegistrar(
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    JobStorage storage,
    PlatformDirectory platforms,
    IOptions<JobsOptions> options,
    IServiceProvider services,
    ILogger<RecurringJobsRegistrar> logger)
{
    private static readonly string[] OwnPrefixes = ["discovery:", "pull:", "enforce:", "final-check:", "watchlist:", "rescreen", "retention", "notifications"];

    public IReadOnlySet<string> Register()
    {
        var settings = options.Value;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };
        foreach (var (kind, account) in platforms.Accounts)
        {
            var (platform, key) = (kind.ToString(), $"{kind}:{account}");
            Add(wanted, "discovery:" + key, id => recurring.AddOrUpdate<DiscoveryJob>(id, j => j.RunAsync(platform, account, CancellationToken.None), Every(settings.DiscoveryInterval), utc));
            Add(wanted, "pull:" + key, id => recurring.AddOrUpdate<PullJob>(id, j => j.RunAccountAsync(platform, account, CancellationToken.None), Every(settings.PullInterval), utc));
            Add(wanted, "enforce:" + key, id => recurring.AddOrUpdate<EnforcementJob>(id, j => j.RunAsync(platform, account, CancellationToken.None), Every(settings.EnforcementInterval), utc));
            Add(wanted, "final-check:" + key, id => recurring.AddOrUpdate<FinalCheckJob>(id, j => j.RunAsync(platform, account, CancellationToken.None), "* * * * *", utc));
        }

        Add(wanted, "rescreen", id => recurring.AddOrUpdate<RescreenJob>(id, j => j.RunAsync(CancellationToken.None), Every(settings.RescreenInterval), utc));
        Add(wanted, "notifications", id => recurring.AddOrUpdate<NotificationJob>(id, j => j.RunAsync(CancellationToken.None), Every(settings.EnforcementInterval), utc));
        Add(wanted, "retention", id => recurring.AddOrUpdate<RetentionJob>(id, j => j.RunAsync(CancellationToken.None), "30 2 * * *", utc));
        if (settings.WatchlistRefresh)
        {
            if (services.GetService<WatchlistSourceCatalog>() is { } catalog)
            {
                foreach (var source in catalog.Sources.Where(s => s.Enabled))
                {
                    var code = source.Source;
                    Add(wanted, "watchlist:" + code, id => recurring.AddOrUpdate<WatchlistRefreshJob>(id, j => j.RunAsync(code, CancellationToken.None), Cron.EveryHours(source.CadenceHours), utc));
                }
            }
            else
            {
                JobsLog.NoSourceCatalogue(logger);
            }
        }

        var removed = RemoveStale(wanted);
        JobsLog.RecurringRegistered(logger, wanted.Count, removed);
        return wanted;
    }

    /// <summary>Queues a discovery of every account, each followed by a pull of its events.</summary>
    public void QueueStartupDiscovery()
    {
        foreach (var (kind, account) in platforms.Accounts)
        {
            var platform = kind.ToString();
            var discovery = jobs.Enqueue<DiscoveryJob>(j => j.RunAsync(platform, account, CancellationToken.None));
            jobs.ContinueJobWith<PullJob>(discovery, j => j.RunAccountAsync(platform, account, CancellationToken.None), JobContinuationOptions.OnAnyFinishedState);
        }
    }

    private static void Add(HashSet<string> wanted, string id, Action<string> register)
    {
        register(id);
        wanted.Add(id);
    }

    private static string Every(TimeSpan interval) =>
        Cron.Every(interval) ?? throw new OptionsValidationException(JobsOptions.SectionName, typeof(JobsOptions), [$"{interval} is not a cron interval"]);

    private int RemoveStale(HashSet<string> wanted)
    {
        using var connection = storage.GetConnection();
        var stale = connection.GetRecurringJobs()
            .Select(j => j.Id)
            .Where(id => OwnPrefixes.Any(p => id.StartsWith(p, StringComparison.Ordinal)) && !wanted.Contains(id))
            .ToList();
        foreach (var id in stale)
        {
            recurring.RemoveIfExists(id);
        }

        return stale.Count;
    }
}
