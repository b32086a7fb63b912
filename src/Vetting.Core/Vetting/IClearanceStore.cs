namespace Vetting.Core.Vetting;

/// <summary>
/// Reviewers' clearances ("this person is not that entity"). Clearances are created by dismissals
/// (<see cref="IDecisionStore.RecordDecisionAsync"/>).
/// </summary>
public interface IClearanceStore
{
    /// <summary>The clearances of the identity that apply to the entities as they are now (same fingerprint, not revoked).</summary>
    Task<IReadOnlyList<Clearance>> FindApplicableAsync(
        string identityFingerprint, IReadOnlyCollection<EntityRef> entities, CancellationToken cancellationToken);

    /// <summary>Every clearance of the identity, revoked and outdated ones included.</summary>
    Task<IReadOnlyList<Clearance>> ListForIdentityAsync(string identityFingerprint, CancellationToken cancellationToken);

    /// <summary>Withdraws a clearance, audited; revoking it again changes nothing.</summary>
    Task<Clearance> RevokeAsync(Guid clearanceId, string reviewer, string reason, CancellationToken cancellationToken);
}
