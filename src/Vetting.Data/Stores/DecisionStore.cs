using Microsoft.EntityFrameworkCore;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Data.Stores;

internal sealed class DecisionStore(VettingDb db) : IDecisionStore
{
    public Task<RecordedDecision> RecordDecisionAsync(NewDecision decision, PlatformActionKind? action, CancellationToken cancellationToken)
    {
        DecisionWriter.Validate(decision, releaseAllowed: false);
        return db.WriteAsync(context => DecisionWriter.RecordAsync(context, db, decision, action, cancellationToken), audited: true, cancellationToken);
    }

    public Task<VettingDecision?> GetDecisionAsync(Guid decisionId, CancellationToken cancellationToken) =>
        db.ReadAsync(async context => (await context.Decisions.FirstOrDefaultAsync(d => d.Id == decisionId, cancellationToken))?.ToRecord());

    public Task<IReadOnlyList<VettingDecision>> ListDecisionsAsync(Guid registrantId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<VettingDecision>>(async context => (await context.Decisions
            .Where(d => d.RegistrantId == registrantId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Id)
            .ToListAsync(cancellationToken)).ConvertAll(d => d.ToRecord()));

    public Task<IReadOnlyList<VettingDecision>> ListOpenFlagsAsync(Guid eventId, CancellationToken cancellationToken) =>
        db.ReadAsync<IReadOnlyList<VettingDecision>>(async context => (await (
                from registrant in context.Registrants
                where registrant.EventId == eventId
                join decision in context.Decisions on registrant.CurrentDecisionId equals decision.Id
                where decision.Kind == DecisionKind.Review || decision.Kind == DecisionKind.BlockProposed
                orderby decision.DecidedAt, decision.Id
                select decision)
            .ToListAsync(cancellationToken)).ConvertAll(d => d.ToRecord()));
}
