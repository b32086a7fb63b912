using System.Linq.Expressions;

namespace Vetting.Service.Jobs;

/// <summary>
/// The common frame of per-account jobs: resolve the (platform, account) arguments to the stored, enabled account (or
/// log and do nothing), run the work, and go back to Hangfire when the platform asks to wait.
/// </summary>
internal sealed class AccountJobRunner(JobAccounts accounts, ThrottleRescheduler throttle, ILogger<AccountJobRunner> logger)
{
    public Task RunAsync<TJob>(
        string platform, string account, Func<Guid, Task> work, Expression<Func<TJob, Task>> again, CancellationToken cancellationToken) =>
        throttle.RunAsync(
            async () =>
            {
                if (await accounts.FindEnabledAsync(platform, account, cancellationToken) is not { } stored)
                {
                    JobsLog.AccountSkipped(logger, typeof(TJob).Name, platform, account);
                    return;
                }

                await work(stored.Id);
            },
            again);
}
