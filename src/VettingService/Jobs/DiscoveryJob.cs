using Hangfire;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>Discovers one connected account's upcoming events (recurring, and once at start).</summary>
internal sealed class DiscoveryJob(EventDiscoveryService discovery, ThrottleRescheduler throttle)
{
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(string platform, string account, CancellationToken cancellationToken) =>
        throttle.RunAsync<DiscoveryJob>(
            () => discovery.DiscoverAsync(JobAccounts.Parse(platform), account, cancellationToken),
            job => job.RunAsync(platform, account, CancellationToken.None));
}
