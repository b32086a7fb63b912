using Hangfire;
using Vetting.Service.Notifications;

namespace Vetting.Service.Jobs;

/// <summary>
/// Mails reviewers what needs them (new flags, digests, escalations), each once. Recurring every
/// <c>Vetting:Jobs:EnforcementInterval</c>, and queued after a pull, re-screen or final check that raised or left flags,
/// so it runs only after those decisions were committed.
/// </summary>
internal sealed class NotificationJob(ReviewerNotificationSweep sweep)
{
    /// <summary>Queues a sweep now (no arguments: the sweep reads what is open from the store).</summary>
    public static void Queue(IBackgroundJobClient jobs) => jobs.Enqueue<NotificationJob>(job => job.RunAsync(CancellationToken.None));

    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution("vetting:notifications", 600)]
    public Task<NotificationSweepResult> RunAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
