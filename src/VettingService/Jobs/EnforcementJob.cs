using Hangfire;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>
/// Applies one account's open platform actions: reviewers' decisions, re-screen results, and actions left open by a
/// failure or a crash between "decided" and "acted". Recurring every <c>Vetting:Jobs:EnforcementInterval</c>.
/// </summary>
internal sealed class EnforcementJob(AccountJobRunner runner, EnforcementService enforcement)
{
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(AccountLock.Resource, AccountLock.TimeoutSeconds)]
    public Task RunAsync(string platform, string account, CancellationToken cancellationToken) =>
        runner.RunAsync<EnforcementJob>(
            platform,
            account,
            accountId => enforcement.EnforceAccountAsync(accountId, cancellationToken),
            job => job.RunAsync(platform, account, CancellationToken.None),
            cancellationToken);
}
