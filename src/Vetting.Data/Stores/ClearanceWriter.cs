using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

/// <summary>Grants (or re-grants after a revocation) a clearance for a dismissal, audited, inside the caller's unit of work.</summary>
internal static class ClearanceWriter
{
    public static async Task GrantAsync(
        VettingDbContext context, VettingDb db, string identity, EntityRef entity, DecisionRow decision, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await context.Clearances.FirstOrDefaultAsync(
            c => c.IdentityFingerprint == identity && c.EntityId == entity.EntityId && c.EntityFingerprint == entity.EntityFingerprint,
            cancellationToken);
        if (row is { RevokedAt: null })
        {
            return;
        }

        if (row is null)
        {
            row = new ClearanceRow { Id = db.NewId(), IdentityFingerprint = identity, EntityId = entity.EntityId, EntityFingerprint = entity.EntityFingerprint };
            context.Clearances.Add(row);
        }

        row.ClearedBy = decision.DecidedBy ?? AuditDraft.SystemActor;
        row.ClearedAt = now;
        row.Reason = decision.Reason;
        row.DecisionId = decision.Id;
        row.RevokedBy = null;
        row.RevokedAt = null;
        row.RevocationReason = null;
        row.Revision++;
        await context.AppendAuditAsync(
            Audit.Draft(AuditKind.ClearanceGranted, row.ClearedBy, "clearance", row.Id, ("entity", entity.EntityId), ("decision", decision.Id)),
            now,
            cancellationToken);
    }
}
