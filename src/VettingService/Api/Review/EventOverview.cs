using Vetting.Core.Vetting;
using Vetting.Service.Api.Contracts;

namespace Vetting.Service.Api.Review;

/// <summary>Events with their counts, as the dashboard and the API show them.</summary>
internal sealed class EventOverview(IEventStore events, IVettingQueries queries, TimeProvider time)
{
    /// <summary>Events that started in the last day (they may still be running) or start within <paramref name="horizon"/>.</summary>
    public async Task<IReadOnlyList<EventSummary>> ListUpcomingAsync(TimeSpan horizon, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var list = await events.ListEventsStartingAsync(now.AddDays(-1), now + horizon, cancellationToken);
        var tallies = (await queries.TallyEventsAsync(list.Select(e => e.Id).ToList(), cancellationToken)).ToDictionary(t => t.EventId);
        return list.Select(e => Summarize(e, tallies.GetValueOrDefault(e.Id))).ToList();
    }

    public async Task<EventSummary?> GetAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var vettedEvent = await events.GetEventAsync(eventId, cancellationToken);
        if (vettedEvent is null)
        {
            return null;
        }

        var tallies = await queries.TallyEventsAsync([eventId], cancellationToken);
        var tally = tallies.Count > 0 ? tallies[0] : null;
        return Summarize(vettedEvent, tally);
    }

    public static EventSummary Summarize(VettedEvent vettedEvent, EventTally? tally)
    {
        ArgumentNullException.ThrowIfNull(vettedEvent);
        var counts = tally is null
            ? new EventCounts(0, 0, 0, 0, 0, 0, 0)
            : new EventCounts(
                tally.Registrants,
                tally.Undecided,
                tally.Count(DecisionKind.Clear) + tally.Count(DecisionKind.Dismissed) + tally.Count(DecisionKind.Released),
                tally.Unresolved,
                tally.Count(DecisionKind.Block) + tally.Count(DecisionKind.Confirmed),
                tally.Count(ActionState.Pending) + tally.Count(ActionState.Failed),
                tally.Count(ActionState.CouldNotEnforce));
        var eventRef = vettedEvent.Ref;
        return new EventSummary(
            vettedEvent.Id,
            vettedEvent.AccountId,
            eventRef.Platform.ToString(),
            eventRef.Account,
            eventRef.Kind.ToString(),
            eventRef.ExternalId,
            eventRef.OccurrenceId,
            vettedEvent.Topic,
            vettedEvent.StartUtc,
            (int)vettedEvent.Duration.TotalMinutes,
            vettedEvent.Approval.ToString(),
            vettedEvent.Policy,
            vettedEvent.PolicyRevision,
            vettedEvent.Revision,
            counts);
    }
}
