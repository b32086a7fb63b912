using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

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
        return db.ReadAsync<IReadOnlyList<AuditEntry>>(async context => (await Filter(context.AuditLog, query)
            .OrderByDescending(a => a.Sequence).Take(query.Take)
            .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));
    }

    private static IQueryable<AuditRow> Filter(IQueryable<AuditRow> rows, AuditQuery query)
    {
        if (query.BeforeSequence is { } before)
        {
            rows = rows.Where(a => a.Sequence < before);
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(a => a.Kind == kind);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim();
            rows = rows.Where(a => a.Actor == actor);
        }

        if (query.EventId is { } eventId)
        {
            // The event's own records carry it as subject; decisions name it in their details ("event":"<id>").
            var id = eventId.ToString("N");
            var quoted = "\"" + id + "\"";
            rows = rows.Where(a => (a.SubjectType == "event" && a.SubjectId == id) || a.Details.Contains(quoted));
        }

        if (query.From is { } from)
        {
            var start = AuditHash.Truncate(from);
            rows = rows.Where(a => a.At >= start);
        }

        if (query.Until is { } until)
        {
            var end = AuditHash.Truncate(until);
            rows = rows.Where(a => a.At < end);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLowerInvariant();

            // Translated to SQL LOWER(...) and a substring test on every provider; the culture and comparison overloads the
            // analysers ask for have no SQL translation. Audit text is ids and codes, so the database's lower-casing is enough.
#pragma warning disable CA1304, CA1311, CA1862
            rows = rows.Where(a => a.Actor.ToLower().Contains(text) || a.SubjectType.ToLower().Contains(text)
                                   || a.SubjectId.ToLower().Contains(text) || a.Details.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return rows;
    }

    public async Task<AuditChainReport> VerifyChainAsync(CancellationToken cancellationToken)
    {
        long checkedCount = 0;
        long headSequence = 0;
        var headHash = AuditHash.Genesis;
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
