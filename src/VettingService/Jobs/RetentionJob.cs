using Hangfire;
using Microsoft.Extensions.Options;
using Vetting.Core.Workflow;

namespace Vetting.Service.Jobs;

/// <summary>Daily: removes registrants' personal data <c>Vetting:Jobs:RetentionAfterEvent</c> after their event ended.</summary>
internal sealed class RetentionJob(RetentionService retention, IOptions<JobsOptions> options)
{
    [AutomaticRetry(Attempts = 3)]
    [DisableConcurrentExecution("vetting:retention", 600)]
    public Task RunAsync(CancellationToken cancellationToken) => retention.PurgeAsync(options.Value.RetentionAfterEvent, cancellationToken);
}
