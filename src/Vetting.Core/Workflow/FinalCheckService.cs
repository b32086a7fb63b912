using System.Globalization;
using Microsoft.Extensions.Logging;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// The last look before an event starts: pull, screen every registrant not yet screened against the lists in force and
/// the event's policy, enforce, and record "N registrants, M unresolved flags, lists as of …" once per event start.
/// </summary>
public sealed class FinalCheckService(
    IEventStore events,
    IRegistrantStore registrants,
    IScreeningStore screenings,
    IDecisionStore decisions,
    IPlatformActionStore actions,
    IFinalCheckStore finalChecks,
    ScreeningIndexProvider indexes,
    RegistrantScreeningService screening,
    RegistrantPullService pulls,
    EnforcementService enforcement,
    TimeProvider time,
    ILogger<FinalCheckService> logger)
{
    /// <summary>The idempotency key of the final check of an event starting at <paramref name="startUtc"/>.</summary>
    public static string KeyFor(Guid eventId, DateTimeOffset? startUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"final:{eventId:N}:{startUtc?.UtcDateTime:yyyyMMddTHHmm}");

    /// <summary>Runs the final check of one event; null when the event is unknown or already purged.</summary>
    public async Task<FinalCheckRecord?> RunAsync(Guid eventId, CancellationToken cancellationToken)
    {
        var vettedEvent = await events.GetEventAsync(eventId, cancellationToken);
        if (vettedEvent is null || vettedEvent.PersonalDataPurgedAt is not null)
        {
            return null;
        }

        await pulls.PullEventAsync(eventId, cancellationToken);
        var index = await indexes.GetCurrentAsync(cancellationToken);
        var all = await registrants.ListRegistrantsAsync(eventId, cancellationToken);
        foreach (var registrant in all)
        {
            var latest = await screenings.GetLatestScreeningAsync(registrant.Id, cancellationToken);
            var upToDate = latest is not null
                           && latest.Lists.Equals(index.Lists)
                           && latest.PolicyRevision == vettedEvent.PolicyRevision
                           && string.Equals(latest.ContentFingerprint, registrant.ContentFingerprint, StringComparison.Ordinal);
            if (!upToDate || registrant.CurrentDecisionId is null)
            {
                await screening.ScreenAsync(vettedEvent, registrant, index, cancellationToken);
            }
        }

        await enforcement.EnforceAsync(eventId, cancellationToken);
        var flags = await decisions.ListOpenFlagsAsync(eventId, cancellationToken);
        var pending = await actions.ListOpenActionsAsync(eventId, EnforcementService.MaxActionsPerPass, cancellationToken);
        var check = new NewFinalCheck(eventId, KeyFor(eventId, vettedEvent.StartUtc), all.Count, flags.Count, pending.Count, index.Lists, index.ListsAsOf);
        var recorded = await finalChecks.RecordFinalCheckAsync(check, cancellationToken);
        Log.FinalCheck(logger, eventId, all.Count, flags.Count, pending.Count, index.ListsAsOf);
        return recorded.Value;
    }

    /// <summary>
    /// Final checks of every event of the account starting within <paramref name="before"/> from now that has none for its
    /// current start. One failing event does not stop the others; it is tried again on the next run.
    /// </summary>
    public async Task<IReadOnlyList<FinalCheckRecord>> RunDueAsync(Guid accountId, TimeSpan before, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = await events.ListEventsStartingAsync(now, now + before, cancellationToken);
        var done = new List<FinalCheckRecord>();
        foreach (var vettedEvent in due.Where(e => e.AccountId == accountId && e.PersonalDataPurgedAt is null))
        {
            var key = KeyFor(vettedEvent.Id, vettedEvent.StartUtc);
            var previous = await finalChecks.ListFinalChecksAsync(vettedEvent.Id, cancellationToken);
            if (previous.Any(c => string.Equals(c.IdempotencyKey, key, StringComparison.Ordinal)))
            {
                continue;
            }

            try
            {
                if (await RunAsync(vettedEvent.Id, cancellationToken) is { } record)
                {
                    done.Add(record);
                }
            }
#pragma warning disable CA1031 // One event's failure (platform down, throttled) must not keep the others from their check.
            catch (Exception ex) when (ex is not OperationCanceledException && ex is not OutOfMemoryException)
#pragma warning restore CA1031
            {
                Log.FinalCheckFailed(logger, vettedEvent.Id, ex.GetType().Name);
            }
        }

        return done;
    }
}
