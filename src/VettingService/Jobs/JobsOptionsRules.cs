using Microsoft.Extensions.Options;

namespace Vetting.Service.Jobs;

/// <summary>Rules across fields: each interval a whole number of minutes that a cron schedule can express.</summary>
internal sealed class JobsOptionsRules : IValidateOptions<JobsOptions>
{
    public ValidateOptionsResult Validate(string? name, JobsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (field, value) in new[]
                 {
                     (nameof(JobsOptions.DiscoveryInterval), options.DiscoveryInterval),
                     (nameof(JobsOptions.PullInterval), options.PullInterval),
                     (nameof(JobsOptions.EnforcementInterval), options.EnforcementInterval),
                     (nameof(JobsOptions.RescreenInterval), options.RescreenInterval),
                 })
        {
            if (Cron.Every(value) is null)
            {
                failures.Add($"{JobsOptions.SectionName}:{field} ({value}) must be a whole number of minutes dividing an hour (1-30, 60) or of hours dividing a day.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
