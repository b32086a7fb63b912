using System.Linq.Expressions;
using Hangfire;
using Vetting.Core.Platforms;

namespace Vetting.Service.Jobs;

/// <summary>
/// Long platform waits go back to Hangfire (style §2): a job that meets <see cref="PlatformThrottledException"/> schedules
/// itself again after the platform's Retry-After and ends successfully, instead of holding a worker or burning retries.
/// </summary>
internal sealed class ThrottleRescheduler(IBackgroundJobClient jobs, ILogger<ThrottleRescheduler> logger)
{
    /// <summary>At least this long, so a zero Retry-After does not spin.</summary>
    public static readonly TimeSpan MinimumDelay = TimeSpan.FromSeconds(5);

    public async Task RunAsync<TJob>(Func<Task> work, Expression<Func<TJob, Task>> again)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work();
        }
        catch (PlatformThrottledException ex)
        {
            var delay = ex.RetryAfter > MinimumDelay ? ex.RetryAfter : MinimumDelay;
            var id = jobs.Schedule(again, delay);
            JobsLog.Rescheduled(logger, typeof(TJob).Name, delay, id, ex.Limit ?? "unknown");
        }
    }
}
