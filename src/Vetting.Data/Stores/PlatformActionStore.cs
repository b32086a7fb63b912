using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

internal sealed class PlatformActionStore(VettingDb db) : IPlatformActionStore
{
    public Task<IReadOnlyList<PlatformActionRecord>> ListOpenActionsAsync(Guid? eventId, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1);
        return db.ReadAsync<IReadOnlyList<PlatformActionRecord>>(async context => (await context.Actions
            .Where(a => (a.State == ActionState.Pending || a.State == ActionState.Failed) && (eventId == null || a.EventId == eventId))
            .OrderBy(a => a.RequestedAt).ThenBy(a => a.Id)
            .Take(max)
            .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));
    }

    public Task<PlatformActionRecord?> FindActionAsync(string idempotencyKey, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Actions.FirstOrDefaultAsync(a => a.IdempotencyKey == idempotencyKey, cancellationToken))?.ToRecord());

    public Task<PlatformActionRecord> CompleteActionAsync(Guid actionId, PlatformActionOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var state = outcome.Result switch
        {
            PlatformActionResult.Applied => ActionState.Applied,
            PlatformActionResult.AlreadyApplied => ActionState.AlreadyApplied,
            PlatformActionResult.NotEnforceable => ActionState.CouldNotEnforce,
            _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome.Result, "unknown action result"),
        };
        if (state == ActionState.CouldNotEnforce && string.IsNullOrWhiteSpace(outcome.Reason))
        {
            throw new ArgumentException("an action that could not be enforced needs a reason", nameof(outcome));
        }

        return UpdateAsync(actionId, outcome.Action.IdempotencyKey, state, outcome.Reason, AuditKind.ActionCompleted, cancellationToken);
    }

    public Task<PlatformActionRecord> RecordActionFailureAsync(Guid actionId, string reason, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return UpdateAsync(actionId, null, ActionState.Failed, reason, AuditKind.ActionFailed, cancellationToken);
    }

    private Task<PlatformActionRecord> UpdateAsync(
        Guid actionId, string? expectedKey, ActionState state, string? reason, AuditKind auditKind, CancellationToken cancellationToken) =>
        db.WriteAsync(async context =>
        {
            var row = await context.Actions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken)
                      ?? throw new VettingRuleException($"no platform action {actionId:N}");
            if (expectedKey is not null && !string.Equals(expectedKey, row.IdempotencyKey, StringComparison.Ordinal))
            {
                throw new VettingRuleException($"the outcome is for action key '{expectedKey}', not '{row.IdempotencyKey}'");
            }

            if (row.ToRecord().IsFinal)
            {
                return row.ToRecord();
            }

            await Apply(context, row, state, reason, auditKind, cancellationToken);
            return row.ToRecord();
        }, audited: true, cancellationToken);

    private async Task Apply(VettingDbContext context, ActionRow row, ActionState state, string? reason, AuditKind auditKind, CancellationToken cancellationToken)
    {
        var now = db.Now();
        row.State = state;
        row.Reason = Require.Shortened(reason, Lengths.Reason);
        row.Attempts++;
        row.CompletedAt = state == ActionState.Failed ? null : now;
        row.UpdatedAt = now;
        row.Revision++;
        await context.AppendAuditAsync(
            Audit.Draft(auditKind, AuditDraft.SystemActor, "action", row.Id, ("state", state), ("attempts", row.Attempts), ("decision", row.DecisionId)),
            now,
            cancellationToken);
    }
}
