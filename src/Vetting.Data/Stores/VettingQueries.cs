using Microsoft.EntityFrameworkCore;
using Vetting.Core.Vetting;

namespace Vetting.Data.Stores;

internal sealed class VettingQueries(VettingDb db) : IVettingQueries
{
    public Task<IReadOnlyList<EventTally>> TallyEventsAsync(IReadOnlyCollection<Guid> eventIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var ids = eventIds.Distinct().ToList();
        return db.ReadAsync<IReadOnlyList<EventTally>>(async context =>
        {
            var registrants = await context.Registrants.Where(r => ids.Contains(r.EventId))
                .GroupBy(r => r.EventId)
                .Select(g => new { EventId = g.Key, Count = g.Count(), Undecided = g.Count(r => r.CurrentDecisionId == null) })
                .ToListAsync(cancellationToken);
            var decisions = await (
                    from registrant in context.Registrants
                    where ids.Contains(registrant.EventId)
                    join decision in context.Decisions on registrant.CurrentDecisionId equals decision.Id
                    group decision by new { registrant.EventId, decision.Kind } into g
                    select new { g.Key.EventId, g.Key.Kind, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var actions = await (
                    from registrant in context.Registrants
                    where ids.Contains(registrant.EventId)
                    join action in context.Actions on registrant.CurrentDecisionId equals action.DecisionId
                    group action by new { registrant.EventId, action.State } into g
                    select new { g.Key.EventId, g.Key.State, Count = g.Count() })
                .ToListAsync(cancellationToken);
            var existing = await context.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
            return existing.Select(id =>
            {
                var counts = registrants.FirstOrDefault(r => r.EventId == id);
                return new EventTally(
                    id,
                    counts?.Count ?? 0,
                    counts?.Undecided ?? 0,
                    decisions.Where(d => d.EventId == id).ToDictionary(d => d.Kind, d => d.Count),
                    actions.Where(a => a.EventId == id).ToDictionary(a => a.State, a => a.Count));
            }).ToList();
        });
    }

    public Task<IReadOnlyList<VettingDecision>> ListCurrentDecisionsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<VettingDecision>>(async context => (await (
                from registrant in context.Registrants
                where registrant.EventId == eventId
                join decision in context.Decisions on registrant.CurrentDecisionId equals decision.Id
                select decision)
            .ToListAsync(cancellationToken)).ConvertAll(d => d.ToRecord()));

    public Task<IReadOnlyList<Clearance>> ListClearancesAsync(bool includeRevoked, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        return db.ReadAsync<IReadOnlyList<Clearance>>(async context => (await context.Clearances
                .Where(c => includeRevoked || c.RevokedAt == null)
                .OrderByDescending(c => c.ClearedAt).ThenByDescending(c => c.Id)
                .Skip(skip).Take(take)
                .ToListAsync(cancellationToken)).ConvertAll(c => c.ToRecord()));
    }

    public Task<Clearance?> GetClearanceAsync(Guid clearanceId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Clearances.FirstOrDefaultAsync(c => c.Id == clearanceId, cancellationToken))?.ToRecord());

    public Task<IReadOnlyList<PlatformActionRecord>> ListActionsForDecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<PlatformActionRecord>>(async context => (await context.Actions
                .Where(a => a.DecisionId == decisionId).OrderBy(a => a.RequestedAt)
                .ToListAsync(cancellationToken)).ConvertAll(a => a.ToRecord()));

    public Task<IReadOnlyList<DecisionAtEvent>> ListDecisionsOfIdentityAsync(
        string identityFingerprint, Guid excludingRegistrantId, int take, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(identityFingerprint);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        return db.ReadAsync<IReadOnlyList<DecisionAtEvent>>(async context =>
        {
            var rows = await (
                    from registrant in context.Registrants
                    where registrant.IdentityFingerprint == identityFingerprint && registrant.Id != excludingRegistrantId
                    join decision in context.Decisions on registrant.Id equals decision.RegistrantId
                    join vettedEvent in context.Events on registrant.EventId equals vettedEvent.Id
                    orderby decision.DecidedAt descending, decision.Id descending
                    select new { decision, vettedEvent.Topic, vettedEvent.StartUtc })
                .Take(take)
                .ToListAsync(cancellationToken);
            return rows.ConvertAll(r => new DecisionAtEvent(r.decision.ToRecord(), r.Topic, r.StartUtc));
        });
    }
}
