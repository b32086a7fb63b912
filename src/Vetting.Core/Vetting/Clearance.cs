namespace Vetting.Core.Vetting;

/// <summary>
/// A reviewer's finding "this person is not that list entity". It applies to later screenings of the same identity
/// (<see cref="RegistrantFingerprints.Identity"/>) for as long as the entry's content is unchanged
/// (<see cref="EntityFingerprint"/>); once the list entry changes it no longer applies, and the match is raised again.
/// </summary>
public sealed record Clearance(
    Guid Id,
    string IdentityFingerprint,
    string EntityId,
    string EntityFingerprint,
    string ClearedBy,
    DateTimeOffset ClearedAt,
    string Reason,
    Guid DecisionId,
    string? RevokedBy,
    DateTimeOffset? RevokedAt,
    string? RevocationReason = null)
{
    public bool IsRevoked => RevokedAt is not null;

    /// <summary>True when the clearance sets aside a match on <paramref name="entity"/> as it is now.</summary>
    public bool AppliesTo(EntityRef entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return !IsRevoked
               && string.Equals(entity.EntityId, EntityId, StringComparison.Ordinal)
               && string.Equals(entity.EntityFingerprint, EntityFingerprint, StringComparison.Ordinal);
    }
}
