using System.ComponentModel.DataAnnotations;

namespace Vetting.Service.Jobs;

/// <summary>The background jobs' schedule, bound from <c>Vetting:Jobs</c>. Intervals are whole minutes (cron granularity).</summary>
internal sealed class JobsOptions
{
    public const string SectionName = "Vetting:Jobs";

    /// <summary>Run a Hangfire server (workers) in this instance. Off: this instance only enqueues (web-only node).</summary>
    public bool Server { get; set; } = true;

    /// <summary>Workers of this instance's Hangfire server.</summary>
    [Range(1, 64)]
    public int WorkerCount { get; set; } = 4;

    /// <summary>How often every connected account's upcoming events are discovered (also once at start).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "{0} must be between 1 minute and 1 day.")]
    public TimeSpan DiscoveryInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the registrants of every upcoming event are pulled (webhooks pull at once, too).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "{0} must be between 1 minute and 1 day.")]
    public TimeSpan PullInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long before an event starts its final check runs.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00", ErrorMessage = "{0} must be between 1 minute and 7 days.")]
    public TimeSpan FinalCheckBefore { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>How often open platform actions (reviewer decisions, retries after a failure) are applied.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "{0} must be between 1 minute and 1 hour.")]
    public TimeSpan EnforcementInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How often the active watchlist versions are compared with the last screening's (re-screen on change).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "{0} must be between 1 minute and 1 day.")]
    public TimeSpan RescreenInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Download each enabled list from its publisher on the list's cadence (<c>watchlists/sources.json</c>). On by default:
    /// stale sanctions data is the bigger risk; an offline machine keeps its active versions and logs each failed attempt.
    /// </summary>
    public bool WatchlistRefresh { get; set; } = true;

    /// <summary>
    /// How long a registration webhook's pull waits, so a burst of notices for one event becomes one pull (notices that
    /// arrive before it runs are covered by it). 0: pull at once for every notice.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "{0} must be between 0 and 5 minutes.")]
    public TimeSpan NoticeDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often Hangfire looks for queued and scheduled jobs in its storage.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00", ErrorMessage = "{0} must be between 100 ms and 1 minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long after an event ends its registrants' personal data is kept (decisions and audit stay).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00", ErrorMessage = "{0} must be between 0 and 10 years.")]
    public TimeSpan RetentionAfterEvent { get; set; } = TimeSpan.FromDays(30);
}
