using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// Reads an event's registrants from its platform, stores them, screens the new and changed ones (and any not yet
/// decided), and enforces the resulting decisions. Safe to run twice: registrants, screenings and decisions are upserts.
/// </summary>
public sealed class RegistrantPullService(
    IEventStore events,
    IRegistrantStore registrants,
    PlatformDirectory platforms,
    ScreeningIndexProvider indexes,
    RegistrantScreeningService screening,
    EnforcementService enforcement,
    TimeProvider time,
    ILogger<RegistrantPullService> logger)
{
    /// <summary>How far back "upcoming" reaches, so an event that started recently is still pulled while it runs.</summary>
    public static readonly TimeSpan RunningGrace = TimeSpan.FromHours(12);

    /// <summary>How far ahead account pulls and re-screens look: any event a platform lists as upcoming.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(5 * 366);

    /// <summary>Pulls one event; null when the event is unknown or its personal data was already purged.</summary>
    /// <exception cref="PlatformThrottledException">The platform asked to wait; what was stored so far stays.</exception>
    public async Task<PullResult?> PullEventAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var vettedEvent = await events.GetEventAsync(eventId, cancellationToken);
        if (vettedEvent is null || vettedEvent.PersonalDataPurgedAt is not null)
        {
            Log.EventNotPulled(logger, eventId, vettedEvent is null ? "unknown" : "purged");
            return null;
        }

        var platform = platforms.Get(vettedEvent.Ref);
        var index = vettedEvent.Policy.ScreeningEnabled ? await indexes.GetCurrentAsync(cancellationToken) : null;
        int count = 0, added = 0, rejected = 0, screened = 0;
        var flags = new List<Guid>();
        await foreach (var registrant in platform.ListRegistrantsAsync(vettedEvent.Ref, cancellationToken))
        {
            count++;
            RegistrantUpsert upsert;
            try
            {
                upsert = await registrants.UpsertRegistrantAsync(vettedEvent.Id, registrant, cancellationToken);
            }
            catch (ArgumentException ex)
            {
                // Hostile or broken input (a 2,000-character name): one registration must not stop the event's pull. It
                // is not stored, so nothing ever approves it; the log names its platform id and the rule it broke.
                rejected++;
                Log.RegistrantRejected(logger, vettedEvent.Id, registrant.ExternalId, ex.ParamName ?? "field");
                continue;
            }

            added += upsert.Change == RegistrantChangeKind.Added ? 1 : 0;
            if (index is null || !(upsert.NeedsScreening || upsert.Registrant.CurrentDecisionId is null))
            {
                continue;
            }

            var outcome = await screening.ScreenAsync(vettedEvent, upsert.Registrant, index, cancellationToken);
            screened += outcome.Screening is null ? 0 : 1;
            if (outcome.RaisedFlag)
            {
                flags.Add(outcome.Decision!.Id); // RaisedFlag implies a decision
            }
        }

        var enforced = await enforcement.EnforceAsync(vettedEvent.Id, cancellationToken);
        Log.Pulled(logger, vettedEvent.Id, count, added, screened, flags.Count);
        return new PullResult(vettedEvent.Id, count, added, rejected, screened, flags, enforced);
    }

    /// <summary>Pulls every upcoming (or running) event of the account, one after another.</summary>
    public async Task<IReadOnlyList<PullResult>> PullAccountAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var upcoming = await events.ListEventsStartingAsync(now - RunningGrace, now + Horizon, cancellationToken);
        var results = new List<PullResult>();
        foreach (var vettedEvent in upcoming.Where(e => e.AccountId == accountId && e.PersonalDataPurgedAt is null))
        {
            if (await PullEventAsync(vettedEvent.Id, cancellationToken) is { } result)
            {
                results.Add(result);
            }
        }

        return results;
    }
}
