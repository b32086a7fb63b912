using Hangfire;
using Vetting.Core.Platforms;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>
/// Pulls registrants: every upcoming event of one account (recurring), or the event a registration webhook named (at
/// once). One per account at a time across instances; safe to run twice (upserts and idempotent decisions). New
/// flags queue a <see cref="NotificationJob"/> once they are committed.
/// </summary>
internal sealed class PullJob(
    AccountJobRunner runner,
    RegistrantPullService pulls,
    RegistrationNoticeHandler notices,
    ThrottleRescheduler throttle,
    IBackgroundJobClient jobs)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution(AccountLock.Resource, AccountLock.TimeoutSeconds)]
    public Task RunAccountAsync(string platform, string account, CancellationToken cancellationToken) =>
        runner.RunAsync<PullJob>(
            platform,
            account,
            async accountId =>
            {
                var results = await pulls.PullAccountAsync(accountId, cancellationToken);
                if (results.Any(r => r.NewFlags.Count > 0))
                {
                    NotificationJob.Queue(jobs);
                }
            },
            job => job.RunAccountAsync(platform, account, CancellationToken.None),
            cancellationToken);

    [AutomaticRetry(Attempts = 5)]
    [DisableConcurrentExecution(AccountLock.Resource, AccountLock.TimeoutSeconds)]
    public Task OnNoticeAsync(string platform, string account, string kind, string externalId, string? occurrenceId, CancellationToken cancellationToken)
    {
        var eventRef = new PlatformEventRef(account, JobAccounts.Parse(platform), Enum.Parse<PlatformEventKind>(kind), externalId, occurrenceId);
        return throttle.RunAsync<PullJob>(
            async () =>
            {
                if (await notices.HandleAsync(eventRef, cancellationToken) != NoticeOutcome.UnknownEvent)
                {
                    NotificationJob.Queue(jobs);
                }
            },
            job => job.OnNoticeAsync(platform, account, kind, externalId, occurrenceId, CancellationToken.None));
    }
}
