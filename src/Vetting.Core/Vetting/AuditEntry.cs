namespace Vetting.Core.Vetting;

/// <summary>
/// One record of the append-only audit log. <see cref="Hash"/> covers every field and <see cref="PreviousHash"/>,
/// so changing or removing any record breaks the chain from there on (<see cref="AuditHash"/>).
/// </summary>
/// <param name="Sequence">1, 2, 3… without gaps.</param>
/// <param name="At">When, in UTC, to the millisecond.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Actor">User id or <c>system</c>.</param>
/// <param name="SubjectType">The kind of record concerned.</param>
/// <param name="SubjectId">Its id.</param>
/// <param name="Details">Canonical JSON object of further ids and codes (keys sorted).</param>
/// <param name="PreviousHash">The previous record's hash; <see cref="AuditHash.Genesis"/> for the first.</param>
/// <param name="Hash">SHA-256 (hex) of this record and <see cref="PreviousHash"/>.</param>
public sealed record AuditEntry(
    long Sequence,
    DateTimeOffset At,
    AuditKind Kind,
    string Actor,
    string SubjectType,
    string SubjectId,
    string Details,
    string PreviousHash,
    string Hash);
