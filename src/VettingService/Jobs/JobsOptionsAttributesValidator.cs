using Microsoft.Extensions.Options;

namespace Vetting.Service.Jobs;

/// <summary>Checks the job options' attributes, and that intervals are whole minutes (a cron schedule has no seconds).</summary>
[OptionsValidator]
internal sealed partial class JobsOptionsAttributesValidator : IValidateOptions<JobsOptions>
{
}
