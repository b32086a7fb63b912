using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Platform actions and their outcomes. Actions are created by <see cref="IDecisionStore.RecordDecisionAsync"/>.</summary>
public interface IPlatformActionStore
{
    /// <summary>Pending and failed actions (of one event, or all), oldest first: what the enforcement job applies.</summary>
    Task<IReadOnlyList<PlatformActionRecord>> ListOpenActionsAsync(Guid? eventId, int max, CancellationToken cancellationToken);

    Task<PlatformActionRecord?> FindActionAsync(string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>
    /// Records the platform's outcome (applied, already applied, could not enforce + reason), audited. An action that is
    /// already final is returned unchanged.
    /// </summary>
    Task<PlatformActionRecord> CompleteActionAsync(Guid actionId, PlatformActionOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt (it stays open for a retry), audited. The reason holds codes, not personal data.</summary>
    Task<PlatformActionRecord> RecordActionFailureAsync(Guid actionId, string reason, CancellationToken cancellationToken);
}
