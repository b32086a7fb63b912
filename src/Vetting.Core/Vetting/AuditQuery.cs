namespace Vetting.Core.Vetting;

/// <summary>
/// A search of the audit log, newest first. Every filter is optional; a record must pass all that are given.
/// </summary>
/// <param name="Kind">Only records of this kind.</param>
/// <param name="Actor">Only records by this user id (or <c>system</c>), exact.</param>
/// <param name="EventId">Only records about this event: the event itself, or a record whose details name it (decisions).</param>
/// <param name="From">Only records at or after this time.</param>
/// <param name="Until">Only records before this time.</param>
/// <param name="Text">Only records whose actor, subject or details contain this text (ids and codes; case-insensitive).</param>
/// <param name="BeforeSequence">Paging: only records older than this sequence (null for the newest).</param>
/// <param name="Take">Page size, 1..1000.</param>
public sealed record AuditQuery(
    AuditKind? Kind = null,
    string? Actor = null,
    Guid? EventId = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    string? Text = null,
    long? BeforeSequence = null,
    int Take = 50)
{
    public const int MaxTake = 1000;

    /// <summary>Longest filter text accepted: the longest id or detail value a record can hold.</summary>
    public const int MaxTextLength = AuditDraft.MaxValueLength;

    /// <summary>Throws <see cref="ArgumentException"/> for a page size or filter text out of range.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Take, 1, nameof(Take));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Take, MaxTake, nameof(Take));
        if (Text?.Length > MaxTextLength || Actor?.Length > AuditDraft.MaxIdLength)
        {
            throw new ArgumentException($"audit search text is longer than {MaxTextLength} characters", nameof(Text));
        }
    }
}
