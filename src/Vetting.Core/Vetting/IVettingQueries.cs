namespace Vetting.Core.Vetting;

/// <summary>
/// Read side for the API and the reviewer UI: counts and joined lists that the per-record ports would need one round
/// trip per registrant for. Nothing here writes.
/// </summary>
public interface IVettingQueries
{
    /// <summary>Per event (one entry per id that exists): registrants, current decisions by kind, their actions by state.</summary>
    Task<IReadOnlyList<EventTally>> TallyEventsAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken);

    /// <summary>The current decision of every registrant of the event that has one.</summary>
    Task<IReadOnlyList<VettingDecision>> ListCurrentDecisionsAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>Clearances, most recent first; revoked ones only when asked for.</summary>
    Task<IReadOnlyList<Clearance>> ListClearancesAsync(bool includeRevoked, int skip, int take, CancellationToken cancellationToken);

    Task<Clearance?> GetClearanceAsync(Guid clearanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Decisions on the other registrations of the same person (<see cref="RegistrantFingerprints.Identity"/>), at any
    /// event, newest first, at most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyList<DecisionAtEvent>> ListDecisionsOfIdentityAsync(
        string identityFingerprint, Guid excludingRegistrantId, int take, CancellationToken cancellationToken);

    /// <summary>The platform actions recorded for a decision (at most one per kind).</summary>
    Task<IReadOnlyList<PlatformActionRecord>> ListActionsForDecisionAsync(Guid decisionId, CancellationToken cancellationToken);
}
