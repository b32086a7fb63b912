namespace Vetting.Core.Vetting;

/// <summary>A stored decision about one registrant. Decisions are never changed: a later one supersedes an earlier one.</summary>
/// <param name="Id">Store id.</param>
/// <param name="RegistrantId">The registrant decided about.</param>
/// <param name="EventId">The registrant's event.</param>
/// <param name="ScreeningId">The screening an automatic decision follows from; null for reviewer decisions.</param>
/// <param name="Kind">What was decided.</param>
/// <param name="DecidedBy">The reviewer's user id; null when automatic.</param>
/// <param name="DecidedAt">When.</param>
/// <param name="Reason">Why: the rule for automatic decisions, the reviewer's words otherwise (ids, not names, please).</param>
/// <param name="EntityId">The list entity the decision is about (confirm, dismiss, release), if one.</param>
/// <param name="IdempotencyKey">Unique: recording a decision again with the same key returns the first one.</param>
public sealed record VettingDecision(
    Guid Id,
    Guid RegistrantId,
    Guid EventId,
    Guid? ScreeningId,
    DecisionKind Kind,
    string? DecidedBy,
    DateTimeOffset DecidedAt,
    string Reason,
    string? EntityId,
    string IdempotencyKey)
{
    public bool IsAutomatic => DecidedBy is null;
}
