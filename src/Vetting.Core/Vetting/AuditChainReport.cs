namespace Vetting.Core.Vetting;

/// <summary>The result of walking the audit chain from the first record.</summary>
/// <param name="IsIntact">True when every record's hash and link checked out and no sequence number is missing.</param>
/// <param name="EntriesChecked">Records read.</param>
/// <param name="HeadSequence">The last good record's sequence (0 for an empty log).</param>
/// <param name="HeadHash">The last good record's hash: keep it outside the database to detect a cut-off tail later.</param>
/// <param name="BrokenAtSequence">The first record that failed, if any.</param>
/// <param name="Problem">What failed there.</param>
public sealed record AuditChainReport(
    bool IsIntact,
    long EntriesChecked,
    long HeadSequence,
    string HeadHash,
    long? BrokenAtSequence = null,
    string? Problem = null);
