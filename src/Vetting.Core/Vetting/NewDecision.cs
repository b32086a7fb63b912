namespace Vetting.Core.Vetting;

/// <summary>A decision to record. Build it with <see cref="Automatic"/> or <see cref="ByReviewer"/>, which derive the key.</summary>
/// <param name="RegistrantId">The registrant decided about.</param>
/// <param name="Kind">What is decided.</param>
/// <param name="IdempotencyKey">The same decision retried must carry the same key; at most 200 characters.</param>
/// <param name="ScreeningId">The screening an automatic decision follows from.</param>
/// <param name="DecidedBy">The reviewer; null when automatic.</param>
/// <param name="Reason">Why (no names or e-mails: ids only).</param>
/// <param name="EntityId">The list entity concerned, if one.</param>
/// <param name="Clearances">For <see cref="DecisionKind.Dismissed"/>: the entries (as screened) the registrant is not.</param>
public sealed record NewDecision(
    Guid RegistrantId,
    DecisionKind Kind,
    string IdempotencyKey,
    Guid? ScreeningId,
    string? DecidedBy,
    string Reason,
    string? EntityId = null,
    IReadOnlyList<EntityRef>? Clearances = null)
{
    /// <summary>
    /// The decision that follows from a screening. A retried job, or a second service instance, deciding the same
    /// screening again gets the stored decision back; the store completes the key with the decision this one
    /// supersedes, so the same screening decided again after a reviewer's decision (a revoked clearance) is recorded.
    /// </summary>
    public static NewDecision Automatic(ScreeningRecord screening, DecisionKind kind, string reason)
    {
        ArgumentNullException.ThrowIfNull(screening);
        if (kind.IsReviewerDecision())
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "only a reviewer can record this decision");
        }

        return new NewDecision(screening.RegistrantId, kind, "auto:" + screening.Id.ToString("N"), screening.Id, null, reason);
    }

    /// <summary>
    /// A reviewer's confirmation or dismissal. <paramref name="requestId"/> identifies the reviewer's submission (for
    /// example the form's or API call's idempotency key), so a double submit records one decision.
    /// </summary>
    public static NewDecision ByReviewer(
        Guid registrantId,
        DecisionKind kind,
        string reviewer,
        string reason,
        string requestId,
        string? entityId = null,
        IReadOnlyList<EntityRef>? clearances = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reviewer);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestId);
        if (kind is not (DecisionKind.Confirmed or DecisionKind.Dismissed))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "a reviewer confirms or dismisses; releases need two reviewers");
        }

        return new NewDecision(registrantId, kind, "reviewer:" + requestId, null, reviewer, reason, entityId, clearances);
    }
}
