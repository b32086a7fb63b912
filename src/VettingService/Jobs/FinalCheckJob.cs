using Hangfire;
using Microsoft.Extensions.Options;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>
/// Runs the final check of each of one account's events once it starts within <c>Vetting:Jobs:FinalCheckBefore</c>
/// (every minute; an event gets one recorded check per start time, however often this runs).
/// </summary>
internal sealed class FinalCheckJob(AccountJobRunner runner, FinalCheckService finalChecks, IOptions<JobsOptions> options, IBackgroundJobClient jobs)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(AccountLock.Resource, AccountLock.TimeoutSeconds)]
    public Task RunAsync(string platform, string account, CancellationToken cancellationToken) =>
        runner.RunAsync<FinalCheckJob>(
            platform,
            account,
            async accountId =>
            {
                var checks = await finalChecks.RunDueAsync(accountId, options.Value.FinalCheckBefore, cancellationToken);
                if (checks.Any(c => c.UnresolvedFlags > 0))
                {
                    NotificationJob.Queue(jobs); // escalation of what the check left unresolved
                }
            },
            job => job.RunAsync(platform, account, CancellationToken.None),
            cancellationToken);
}
