namespace Vetting.Core.Vetting;

/// <summary>
/// A recorded final check: "N registrants, M unresolved flags, lists as of …". It also names the audit chain's head
/// at that moment, so a later verification can show that nothing recorded before the check was removed.
/// </summary>
public sealed record FinalCheckRecord(
    Guid Id,
    Guid EventId,
    string IdempotencyKey,
    DateTimeOffset CheckedAt,
    int RegistrantCount,
    int UnresolvedFlags,
    int PendingActions,
    ListVersionSet Lists,
    DateTimeOffset ListsAsOf,
    long AuditSequence,
    string AuditHash);
