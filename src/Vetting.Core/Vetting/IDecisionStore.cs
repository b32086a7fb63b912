using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Decisions about registrants.</summary>
public interface IDecisionStore
{
    /// <summary>
    /// Records the decision, the platform action it calls for (pending, keyed by <see cref="ActionKeys.For"/>), any
    /// clearances of a dismissal, and their audit records, in one transaction. Recording again with the same
    /// <see cref="NewDecision.IdempotencyKey"/> returns the stored decision and action (<c>Created</c> false): a job
    /// run twice, or two service instances, produce one decision and one action.
    /// </summary>
    Task<RecordedDecision> RecordDecisionAsync(NewDecision decision, PlatformActionKind? action, CancellationToken cancellationToken);

    Task<VettingDecision?> GetDecisionAsync(Guid decisionId, CancellationToken cancellationToken);

    /// <summary>Every decision about the registrant, oldest first.</summary>
    Task<IReadOnlyList<VettingDecision>> ListDecisionsAsync(Guid registrantId, CancellationToken cancellationToken);

    /// <summary>Current decisions of the event's registrants that still wait for a reviewer.</summary>
    Task<IReadOnlyList<VettingDecision>> ListOpenFlagsAsync(Guid eventId, CancellationToken cancellationToken);
}
