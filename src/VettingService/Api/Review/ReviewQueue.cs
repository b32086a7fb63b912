using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Review;

/// <summary>
/// The open flags of events that have not ended: the most urgent event (soonest start) first, and within an event the
/// oldest flag first.
/// </summary>
internal sealed class ReviewQueue(
    IEventStore events,
    IDecisionStore decisions,
    IRegistrantStore registrants,
    IScreeningStore screenings,
    IAuditLog audit,
    TimeProvider time)
{
    public async Task<IReadOnlyList<FlagItem>> ListAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var upcoming = await events.ListEventsStartingAsync(now.AddDays(-1), now.AddYears(2), cancellationToken);
        var flags = new List<FlagItem>();
        foreach (var vettedEvent in upcoming)
        {
            if (vettedEvent.EndUtc is { } end && end < now)
            {
                continue;
            }

            foreach (var flag in await decisions.ListOpenFlagsAsync(vettedEvent.Id, cancellationToken))
            {
                flags.Add(await DescribeAsync(vettedEvent, flag, cancellationToken));
            }
        }

        return flags
            .OrderBy(f => f.EventStartUtc ?? DateTimeOffset.MaxValue)
            .ThenBy(f => f.FlaggedAt)
            .ThenBy(f => f.DecisionId)
            .ToList();
    }

    /// <summary>True when a reviewer escalated the decision (the audit log records escalations).</summary>
    public async Task<IReadOnlyList<AuditEntry>> EscalationsAsync(Guid decisionId, CancellationToken cancellationToken) =>
        (await audit.ListForSubjectAsync("decision", decisionId.ToString("N"), cancellationToken))
        .Where(e => e.Kind == AuditKind.FlagEscalated)
        .ToList();

    private async Task<FlagItem> DescribeAsync(VettedEvent vettedEvent, VettingDecision flag, CancellationToken cancellationToken)
    {
        var registrant = await registrants.GetRegistrantAsync(flag.RegistrantId, cancellationToken);
        var screening = flag.ScreeningId is { } screeningId ? await screenings.GetScreeningAsync(screeningId, cancellationToken) : null;
        var name = registrant is null ? "" : string.Join(' ', new[] { registrant.FirstName, registrant.LastName }.Where(n => !string.IsNullOrWhiteSpace(n)));
        return new FlagItem(
            flag.Id,
            flag.RegistrantId,
            vettedEvent.Id,
            vettedEvent.Topic,
            vettedEvent.StartUtc,
            flag.Kind.ToString(),
            flag.DecidedAt,
            name,
            screening?.Score ?? 0,
            screening?.Matches.Where(m => m.ClearanceId is null).Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList() ?? [],
            (await EscalationsAsync(flag.Id, cancellationToken)).Count > 0);
    }
}
