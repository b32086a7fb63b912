namespace Vetting.Core.Vetting;

/// <summary>
/// The append-only, hash-chained audit log. The stores append their own records (decisions, actions, settings,
/// clearances, releases, final checks, purges) in the same transaction as the change; other components append list
/// changes and settings here.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one record after the current head. Safe with concurrent writers in any number of processes.</summary>
    Task<AuditEntry> AppendAsync(AuditDraft draft, CancellationToken cancellationToken);

    /// <summary>Records with a sequence above <paramref name="afterSequence"/>, in order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int max, CancellationToken cancellationToken);

    /// <summary>Records about one subject (for example a decision id), in order.</summary>
    Task<IReadOnlyList<AuditEntry>> ListForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken);

    /// <summary>Records that pass every filter of <paramref name="query"/>, newest first, at most <see cref="AuditQuery.Take"/>.</summary>
    Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);

    /// <summary>Walks the whole chain: recomputes every hash, checks every link and that no sequence number is missing.</summary>
    Task<AuditChainReport> VerifyChainAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Extends an intact report to the current head: checks only the records after <see cref="AuditChainReport.HeadSequence"/>,
    /// linking the first to <see cref="AuditChainReport.HeadHash"/>. Records up to that head are not read again.
    /// </summary>
    Task<AuditChainReport> VerifyChainAfterAsync(AuditChainReport verified, CancellationToken cancellationToken);
}
