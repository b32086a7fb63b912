using Hangfire;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>
/// Re-screens upcoming events' registrants when the active watchlist versions changed (recurring, and after each list
/// refresh). Screening only: the enforcement job applies any resulting action under the account's lock.
/// </summary>
internal sealed class RescreenJob(ListChangeRescreenService rescreen, IBackgroundJobClient jobs)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution("vetting:rescreen", 600)]
    public async Task<RescreenResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await rescreen.RescreenAsync(cancellationToken);
        if (result.NewFlagCount > 0)
        {
            NotificationJob.Queue(jobs);
        }

        return result;
    }
}
