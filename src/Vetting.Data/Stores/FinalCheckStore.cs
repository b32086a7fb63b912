using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class FinalCheckStore(VettingDb db) : IFinalCheckStore
{
    public Task<Upserted<FinalCheckRecord>> RecordFinalCheckAsync(NewFinalCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        Require.Text(check.IdempotencyKey, Lengths.Id, "idempotency key");
        ArgumentOutOfRangeException.ThrowIfNegative(check.RegistrantCount);
        ArgumentOutOfRangeException.ThrowIfNegative(check.UnresolvedFlags);
        ArgumentOutOfRangeException.ThrowIfNegative(check.PendingActions);
        return db.WriteAsync(async context =>
        {
            var existing = await context.FinalChecks.FirstOrDefaultAsync(f => f.IdempotencyKey == check.IdempotencyKey, cancellationToken);
            if (existing is not null)
            {
                return new Upserted<FinalCheckRecord>(existing.ToRecord(), false);
            }

            if (!await context.Events.AnyAsync(e => e.Id == check.EventId, cancellationToken))
            {
                throw new VettingRuleException($"no event {check.EventId:N}");
            }

            var now = db.Now();
            var (sequence, hash) = await context.GetAuditHeadAsync(cancellationToken);
            var row = new FinalCheckRow
            {
                Id = db.NewId(),
                EventId = check.EventId,
                IdempotencyKey = check.IdempotencyKey,
                CheckedAt = now,
                RegistrantCount = check.RegistrantCount,
                UnresolvedFlags = check.UnresolvedFlags,
                PendingActions = check.PendingActions,
                ListVersions = check.Lists.Key,
                ListsAsOf = check.ListsAsOf.ToUniversalTime(),
                AuditSequence = sequence,
                AuditHash = hash,
            };
            context.FinalChecks.Add(row);
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.FinalCheckRecorded, AuditDraft.SystemActor, "event", check.EventId, ("finalCheck", row.Id),
                    ("registrants", check.RegistrantCount), ("unresolved", check.UnresolvedFlags), ("pendingActions", check.PendingActions),
                    ("listsAsOf", row.ListsAsOf)),
                now,
                cancellationToken);
            return new Upserted<FinalCheckRecord>(row.ToRecord(), true);
        }, audited: true, cancellationToken);
    }

    public Task<IReadOnlyList<FinalCheckRecord>> ListFinalChecksAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<FinalCheckRecord>>(async context => (await context.FinalChecks
            .Where(f => f.EventId == eventId).OrderBy(f => f.CheckedAt).ThenBy(f => f.Id)
            .ToListAsync(cancellationToken)).ConvertAll(f => f.ToRecord()));
}
