using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;

namespace Vetting.Data.Stores;

internal sealed class AuditLog(VettingDb db) : IAuditLog
{
    private const int VerifyBatch = 1000;

    public Task<AuditEntry> AppendAsync(AuditDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        draft.Validate();
        return db.WriteAsync(async context => (await context.AppendAuditAsync(draft, db.Now(), cancellationToken)).ToRecord(), audited: true, cancellationToken);
    }

    public Task<IReadOnlyList<AuditEntry>> ReadAsync(long afterSequence, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return db.ReadAsync<IReadOnlyList<AuditEntry>>(async context => (await context.AuditLog
            .Where(a => a.Sequence > afterSequence).OrderBy(a => a.Sequence).Take(max)
            .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));
    }

    public Task<IReadOnlyList<AuditEntry>> ListForSubjectAsync(string subjectType, string subjectId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<AuditEntry>>(async context => (await context.AuditLog
            .Where(a => a.SubjectType == subjectType && a.SubjectId == subjectId).OrderBy(a => a.Sequence)
            .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));

    public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        return db.ReadAsync<IReadOnlyList<AuditEntry>>(async context => (await (await AuditSearch.FilterAsync(context, query, cancellationToken))
            .OrderByDescending(a => a.Sequence).Take(query.Take)
            .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));
    }

    public Task<AuditChainReport> VerifyChainAsync(CancellationToken cancellationToken) =>
        WalkAsync(0, AuditHash.Genesis, 0, cancellationToken);

    public Task<AuditChainReport> VerifyChainAfterAsync(AuditChainReport verified, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verified);
        if (!verified.IsIntact)
        {
            throw new ArgumentException("only an intact chain can be extended", nameof(verified));
        }

        return WalkAsync(verified.HeadSequence, verified.HeadHash, verified.EntriesChecked, cancellationToken);
    }

    private async Task<AuditChainReport> WalkAsync(long headSequence, string headHash, long checkedCount, CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = await ReadAsync(headSequence, VerifyBatch, cancellationToken);
            foreach (var entry in batch)
            {
                checkedCount++;
                var problem = entry.Sequence != headSequence + 1 ? $"record {headSequence + 1} is missing"
                    : !string.Equals(entry.PreviousHash, headHash, StringComparison.Ordinal) ? "its link to the previous record does not match"
                    : !string.Equals(AuditHash.Compute(entry), entry.Hash, StringComparison.Ordinal) ? "its content does not match its hash"
                    : null;
                if (problem is not null)
                {
                    var brokenAt = entry.Sequence != headSequence + 1 ? headSequence + 1 : entry.Sequence;
                    return new AuditChainReport(false, checkedCount, headSequence, headHash, brokenAt, problem);
                }

                headSequence = entry.Sequence;
                headHash = entry.Hash;
            }

            if (batch.Count < VerifyBatch)
            {
                return new AuditChainReport(true, checkedCount, headSequence, headHash);
            }
        }
    }
}
