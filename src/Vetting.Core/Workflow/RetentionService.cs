using Microsoft.Extensions.Logging;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>Removes registrants' personal data a set time after their event ended; decisions and the audit log stay.</summary>
public sealed class RetentionService(IRegistrantStore registrants, TimeProvider time, ILogger<RetentionService> logger)
{
    public async Task<PurgeResult> PurgeAsync(TimeSpan keepAfterEvent, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keepAfterEvent, TimeSpan.Zero);
        var result = await registrants.PurgePersonalDataAsync(time.GetUtcNow() - keepAfterEvent, cancellationToken);
        Log.Purged(logger, result.Events, result.Registrants, result.Screenings);
        return result;
    }
}
