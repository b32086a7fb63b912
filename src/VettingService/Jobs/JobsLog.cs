namespace Vetting.Service.Jobs;

/// <summary>The jobs' log messages (event ids 6100–6199): ids and counts only.</summary>
internal static partial class JobsLog
{
    [LoggerMessage(6100, LogLevel.Warning, "{Job}: the platform asked to wait ({Limit}); scheduled again in {Delay} as job {JobId}")]
    public static partial void Rescheduled(ILogger logger, string job, TimeSpan delay, string jobId, string limit);

    [LoggerMessage(6101, LogLevel.Information, "{Job}: account {Platform}/{Account} is not connected or disabled; nothing to do")]
    public static partial void AccountSkipped(ILogger logger, string job, string platform, string account);

    [LoggerMessage(6102, LogLevel.Information, "Recurring jobs registered: {Count} ({Removed} stale removed)")]
    public static partial void RecurringRegistered(ILogger logger, int count, int removed);

    [LoggerMessage(6103, LogLevel.Warning, "Watchlist {Source}: refresh failed; the active version stays ({Problem})")]
    public static partial void RefreshFailed(ILogger logger, string source, string problem);

    [LoggerMessage(6104, LogLevel.Warning, "No watchlist source catalogue (watchlists/sources.json) found: scheduled list refresh is off")]
    public static partial void NoSourceCatalogue(ILogger logger);
}
