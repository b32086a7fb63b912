using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class ReleaseStore(VettingDb db) : IReleaseStore
{
    public Task<ReleaseRequest> RequestReleaseAsync(Guid confirmedDecisionId, string reviewer, string reason, CancellationToken cancellationToken)
    {
        Require.Actor(reviewer, nameof(reviewer));
        Require.Reason(reason);
        return db.WriteAsync(async context =>
        {
            var decision = await context.Decisions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == confirmedDecisionId, cancellationToken)
                           ?? throw new VettingRuleException($"no decision {confirmedDecisionId:N}");
            if (decision.Kind != DecisionKind.Confirmed)
            {
                throw new VettingRuleException($"decision {confirmedDecisionId:N} is {decision.Kind}; only a confirmed match is released");
            }

            await RequireCurrentAsync(context, decision, cancellationToken);
            var open = await context.Releases.FirstOrDefaultAsync(r => r.OpenKey == confirmedDecisionId, cancellationToken);
            if (open is not null)
            {
                return open.ToRecord();
            }

            var now = db.Now();
            var row = new ReleaseRow
            {
                Id = db.NewId(),
                RegistrantId = decision.RegistrantId,
                ConfirmedDecisionId = decision.Id,
                OpenKey = decision.Id,
                RequestedBy = reviewer,
                RequestedAt = now,
                Reason = reason,
                State = ReleaseState.Pending,
                Revision = 1,
            };
            context.Releases.Add(row);
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.ReleaseRequested, reviewer, "release", row.Id, ("decision", decision.Id), ("registrant", decision.RegistrantId)),
                now,
                cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);
    }

    public Task<RecordedDecision> ApproveReleaseAsync(Guid requestId, string approver, string reason, CancellationToken cancellationToken)
    {
        Require.Actor(approver, nameof(approver));
        Require.Reason(reason);
        return db.WriteAsync(async context =>
        {
            var row = await FindAsync(context, requestId, cancellationToken);
            var release = new NewDecision(row.RegistrantId, DecisionKind.Released, "release:" + row.Id.ToString("N"), null, approver, reason);
            if (row.State == ReleaseState.Approved && string.Equals(row.ResolvedBy, approver, StringComparison.Ordinal))
            {
                // The same approval submitted again: return what it recorded.
                return await DecisionWriter.RecordAsync(context, db, release, null, cancellationToken);
            }

            RequirePending(row);
            if (string.Equals(row.RequestedBy, approver, StringComparison.OrdinalIgnoreCase))
            {
                throw new VettingRuleException($"four eyes: release {row.Id:N} was requested by this reviewer; a different reviewer must approve it");
            }

            var confirmed = await context.Decisions.AsNoTracking().FirstAsync(d => d.Id == row.ConfirmedDecisionId, cancellationToken);
            await RequireCurrentAsync(context, confirmed, cancellationToken);
            DecisionWriter.Validate(release with { EntityId = confirmed.EntityId }, releaseAllowed: true);
            var recorded = await DecisionWriter.RecordAsync(context, db, release with { EntityId = confirmed.EntityId }, null, cancellationToken);
            await ResolveAsync(context, row, ReleaseState.Approved, approver, reason, recorded.Decision.Id, cancellationToken);
            return recorded;
        }, audited: true, cancellationToken);
    }

    public Task<ReleaseRequest> RejectReleaseAsync(Guid requestId, string reviewer, string reason, CancellationToken cancellationToken)
    {
        Require.Actor(reviewer, nameof(reviewer));
        Require.Reason(reason);
        return db.WriteAsync(async context =>
        {
            var row = await FindAsync(context, requestId, cancellationToken);
            RequirePending(row);
            await ResolveAsync(context, row, ReleaseState.Rejected, reviewer, reason, null, cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);
    }

    public Task<IReadOnlyList<ReleaseRequest>> ListPendingReleasesAsync(CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<ReleaseRequest>>(async context => (await context.Releases
            .Where(r => r.State == ReleaseState.Pending).OrderBy(r => r.RequestedAt).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken)).ConvertAll(r => r.ToRecord()));

    private static async Task<ReleaseRow> FindAsync(VettingDbContext context, Guid requestId, CancellationToken cancellationToken) =>
        await context.Releases.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken)
        ?? throw new VettingRuleException($"no release request {requestId:N}");

    private static void RequirePending(ReleaseRow row)
    {
        if (row.State != ReleaseState.Pending)
        {
            throw new VettingRuleException($"release request {row.Id:N} is {row.State}, not pending");
        }
    }

    private static async Task RequireCurrentAsync(VettingDbContext context, DecisionRow decision, CancellationToken cancellationToken)
    {
        var current = await context.Registrants.Where(r => r.Id == decision.RegistrantId).Select(r => r.CurrentDecisionId).FirstOrDefaultAsync(cancellationToken);
        if (current != decision.Id)
        {
            throw new VettingRuleException($"decision {decision.Id:N} is no longer the registrant's current decision");
        }
    }

    private async Task ResolveAsync(
        VettingDbContext context, ReleaseRow row, ReleaseState state, string reviewer, string reason, Guid? releaseDecisionId, CancellationToken cancellationToken)
    {
        var now = db.Now();
        row.State = state;
        row.OpenKey = null;
        row.ResolvedBy = reviewer;
        row.ResolvedAt = now;
        row.ResolutionReason = reason;
        row.ReleaseDecisionId = releaseDecisionId;
        row.Revision++;
        await context.AppendAuditAsync(
            Audit.Draft(state == ReleaseState.Approved ? AuditKind.ReleaseApproved : AuditKind.ReleaseRejected, reviewer, "release", row.Id,
                ("decision", row.ConfirmedDecisionId), ("releaseDecision", releaseDecisionId), ("requestedBy", row.RequestedBy)),
            now,
            cancellationToken);
    }
}
