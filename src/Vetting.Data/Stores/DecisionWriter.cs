using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;
using Vetting.Data.Context;
using Vetting.Data.Model;

namespace Vetting.Data.Stores;

/// <summary>Records a decision with its action, clearances and audit records inside the caller's unit of work.</summary>
internal static class DecisionWriter
{
    public static void Validate(NewDecision decision, bool releaseAllowed)
    {
        ArgumentNullException.ThrowIfNull(decision);
        Require.Text(decision.IdempotencyKey, Lengths.Id, "idempotency key");
        Require.Reason(decision.Reason);
        if (decision.DecidedBy is not null)
        {
            Require.Actor(decision.DecidedBy, "reviewer");
        }

        Require.Optional(decision.EntityId, Lengths.Id, "entity id");
        if (decision.Kind == DecisionKind.Released && !releaseAllowed)
        {
            throw new VettingRuleException("a release needs a request and a second reviewer's approval (IReleaseStore)");
        }

        if (decision.Kind.IsReviewerDecision() ? string.IsNullOrWhiteSpace(decision.DecidedBy) : decision.DecidedBy is not null)
        {
            throw new VettingRuleException($"a {decision.Kind} decision is {(decision.Kind.IsReviewerDecision() ? "made by a reviewer" : "automatic")}");
        }

        if (!decision.Kind.IsReviewerDecision() && decision.ScreeningId is null)
        {
            throw new VettingRuleException($"an automatic {decision.Kind} decision must name its screening");
        }

        if (decision.Clearances is { Count: > 0 } clearances)
        {
            if (decision.Kind != DecisionKind.Dismissed)
            {
                throw new VettingRuleException("only a dismissal grants clearances");
            }

            foreach (var entity in clearances)
            {
                ArgumentNullException.ThrowIfNull(entity);
                Require.Text(entity.EntityId, Lengths.Id, "cleared entity id");
                Require.Text(entity.EntityFingerprint, Lengths.Hash, "cleared entity fingerprint");
            }
        }
    }

    public static async Task<RecordedDecision> RecordAsync(
        VettingDbContext context, VettingDb db, NewDecision decision, PlatformActionKind? action, CancellationToken cancellationToken)
    {
        var registrant = await context.Registrants.FirstOrDefaultAsync(r => r.Id == decision.RegistrantId, cancellationToken)
                         ?? throw new VettingRuleException($"no registrant {decision.RegistrantId:N}");
        var key = decision.IdempotencyKey;
        if (decision.DecidedBy is null && decision.ScreeningId is { } screeningId)
        {
            // An automatic decision is a repeat when the registrant's current decision already follows from the same
            // screening. Otherwise it is keyed by the screening and the decision it supersedes, so a re-flag after a
            // reviewer's decision is recorded, and two writers deciding the same state collide on the unique key.
            var current = registrant.CurrentDecisionId is { } currentId
                ? await context.Decisions.FirstAsync(d => d.Id == currentId, cancellationToken)
                : null;
            if (current is { DecidedBy: null } && current.ScreeningId == screeningId)
            {
                return await ExistingAsync(context, current, decision, cancellationToken);
            }

            key += ":" + (current?.Id.ToString("N") ?? "first");
            if (!await context.Screenings.AnyAsync(s => s.Id == screeningId && s.RegistrantId == registrant.Id, cancellationToken))
            {
                throw new VettingRuleException($"screening {screeningId:N} is not a screening of registrant {registrant.Id:N}");
            }
        }

        var existing = await context.Decisions.FirstOrDefaultAsync(d => d.IdempotencyKey == key, cancellationToken);
        if (existing is not null)
        {
            return await ExistingAsync(context, existing, decision, cancellationToken);
        }

        await CheckSupersedesAsync(context, registrant, decision, cancellationToken);
        var now = db.Now();
        var row = new DecisionRow
        {
            Id = db.NewId(),
            RegistrantId = registrant.Id,
            EventId = registrant.EventId,
            ScreeningId = decision.ScreeningId,
            Kind = decision.Kind,
            DecidedBy = decision.DecidedBy,
            DecidedAt = now,
            Reason = decision.Reason,
            EntityId = decision.EntityId,
            IdempotencyKey = key,
        };
        context.Decisions.Add(row);
        registrant.CurrentDecisionId = row.Id;
        registrant.UpdatedAt = now;
        registrant.Revision++;
        await context.AppendAuditAsync(
            Audit.Draft(AuditKind.DecisionRecorded, decision.DecidedBy ?? AuditDraft.SystemActor, "decision", row.Id,
                ("kind", row.Kind), ("registrant", row.RegistrantId), ("event", row.EventId), ("screening", row.ScreeningId), ("entity", row.EntityId)),
            now,
            cancellationToken);

        ActionRow? actionRow = null;
        if (action is { } kind)
        {
            actionRow = new ActionRow
            {
                Id = db.NewId(),
                DecisionId = row.Id,
                RegistrantId = registrant.Id,
                EventId = registrant.EventId,
                Kind = kind,
                RegistrantExternalId = registrant.ExternalId,
                IdempotencyKey = ActionKeys.For(row.Id, kind),
                State = ActionState.Pending,
                RequestedAt = now,
                UpdatedAt = now,
                Revision = 1,
            };
            context.Actions.Add(actionRow);
            await context.AppendAuditAsync(
                Audit.Draft(AuditKind.ActionRequested, AuditDraft.SystemActor, "action", actionRow.Id,
                    ("kind", kind), ("decision", row.Id), ("key", actionRow.IdempotencyKey)),
                now,
                cancellationToken);
        }

        foreach (var entity in decision.Clearances ?? [])
        {
            var identity = registrant.IdentityFingerprint
                           ?? throw new VettingRuleException($"registrant {registrant.Id:N} has no identity any more (purged): nothing to clear");
            await ClearanceWriter.GrantAsync(context, db, identity, entity, row, now, cancellationToken);
        }

        return new RecordedDecision(row.ToRecord(), actionRow?.ToRecord(), true);
    }

    private static async Task<RecordedDecision> ExistingAsync(
        VettingDbContext context, DecisionRow existing, NewDecision decision, CancellationToken cancellationToken)
    {
        if (existing.RegistrantId != decision.RegistrantId || existing.Kind != decision.Kind)
        {
            throw new VettingRuleException(
                $"decision {existing.Id:N} ({existing.Kind}) already stands for this key or screening; not recording a {decision.Kind} decision");
        }

        var action = await context.Actions.FirstOrDefaultAsync(a => a.DecisionId == existing.Id, cancellationToken);
        return new RecordedDecision(existing.ToRecord(), action?.ToRecord(), false);
    }

    /// <summary>A confirmed match stands until a four-eyes release: nothing automatic, and no dismissal, replaces it.</summary>
    private static async Task CheckSupersedesAsync(
        VettingDbContext context, RegistrantRow registrant, NewDecision decision, CancellationToken cancellationToken)
    {
        if (registrant.CurrentDecisionId is not { } currentId || decision.Kind is DecisionKind.Confirmed or DecisionKind.Released)
        {
            return;
        }

        var current = await context.Decisions.Where(d => d.Id == currentId).Select(d => d.Kind).FirstAsync(cancellationToken);
        if (current == DecisionKind.Confirmed)
        {
            throw new VettingRuleException(
                $"registrant {registrant.Id:N} has a confirmed match; only a four-eyes release replaces it (not a {decision.Kind} decision)");
        }
    }
}
