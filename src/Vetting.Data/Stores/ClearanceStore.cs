using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;

namespace Vetting.Data.Stores;

internal sealed class ClearanceStore(VettingDb db) : IClearanceStore
{
    public async Task<IReadOnlyList<Clearance>> FindApplicableAsync(
        string identityFingerprint, IReadOnlyCollection<EntityRef> entities, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(identityFingerprint);
        ArgumentNullException.ThrowIfNull(entities);
        if (entities.Count == 0)
        {
            return [];
        }

        var ids = entities.Select(e => e.EntityId).Distinct(StringComparer.Ordinal).ToList();
        var candidates = await db.ReadAsync(context => context.Clearances
            .Where(c => c.IdentityFingerprint == identityFingerprint && c.RevokedAt == null && ids.Contains(c.EntityId))
            .ToListAsync(cancellationToken));
        return candidates.Select(c => c.ToRecord()).Where(c => entities.Any(c.AppliesTo)).OrderBy(c => c.EntityId, StringComparer.Ordinal).ToList();
    }

    public Task<IReadOnlyList<Clearance>> ListForIdentityAsync(string identityFingerprint, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<Clearance>>(async context => (await context.Clearances
            .Where(c => c.IdentityFingerprint == identityFingerprint).OrderBy(c => c.ClearedAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken)).ConvertAll(c => c.ToRecord()));

    public Task<Clearance> RevokeAsync(Guid clearanceId, string reviewer, string reason, CancellationToken cancellationToken)
    {
        Require.Actor(reviewer, nameof(reviewer));
        Require.Reason(reason);
        return db.WriteAsync(async context =>
        {
            var row = await context.Clearances.FirstOrDefaultAsync(c => c.Id == clearanceId, cancellationToken)
                      ?? throw new VettingRuleException($"no clearance {clearanceId:N}");
            if (row.RevokedAt is not null)
            {
                return row.ToRecord();
            }

            var now = db.Now();
            row.RevokedAt = now;
            row.RevokedBy = reviewer;
            row.RevocationReason = reason;
            row.Revision++;
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.ClearanceRevoked, reviewer, "clearance", row.Id, ("entity", row.EntityId)), now, cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);
    }
}
