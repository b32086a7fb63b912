namespace Vetting.Core.Vetting;

/// <summary>Four-eyes release of confirmed matches.</summary>
public interface IReleaseStore
{
    /// <summary>
    /// Asks to release the registrant of a <see cref="DecisionKind.Confirmed"/> decision that is still the registrant's
    /// current decision. Returns the pending request if there already is one. Audited.
    /// </summary>
    Task<ReleaseRequest> RequestReleaseAsync(Guid confirmedDecisionId, string reviewer, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// Approves a pending request and records the <see cref="DecisionKind.Released"/> decision. Throws
    /// <see cref="VettingRuleException"/> when <paramref name="approver"/> is the requester or the request is not pending.
    /// </summary>
    Task<RecordedDecision> ApproveReleaseAsync(Guid requestId, string approver, string reason, CancellationToken cancellationToken);

    /// <summary>Turns a pending request down (any reviewer, the requester included: a withdrawal). Audited.</summary>
    Task<ReleaseRequest> RejectReleaseAsync(Guid requestId, string reviewer, string reason, CancellationToken cancellationToken);

    Task<IReadOnlyList<ReleaseRequest>> ListPendingReleasesAsync(CancellationToken cancellationToken);
}
