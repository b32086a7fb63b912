using System.Globalization;
using Microsoft.Extensions.Logging;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// Keeps the registrants of upcoming events screened against the lists in force. A registrant screened against the
/// versions just before the change is screened again only if the change can affect it (one of its matches changed or
/// went, or it matches an added or changed entity); anyone screened against older versions is screened again in full.
/// New flags are raised as decisions (their platform actions are applied by the per-account enforcement job); each new
/// set of versions is written to the audit log once per process.
/// </summary>
public sealed class ListChangeRescreenService(
    IEventStore events,
    IRegistrantStore registrants,
    IScreeningStore screenings,
    IAuditLog audit,
    ScreeningIndexProvider indexes,
    RegistrantScreeningService screening,
    TimeProvider time,
    ILogger<ListChangeRescreenService> logger)
{
    private readonly HashSet<string> _audited = new(StringComparer.Ordinal);

    public async Task<RescreenResult> RescreenAsync(CancellationToken cancellationToken)
    {
        var index = await indexes.GetCurrentAsync(cancellationToken);
        var change = indexes.LastChange is { } last && last.To.Equals(index.Lists) ? last : null;
        await AuditAsync(index, change, cancellationToken);
        var now = time.GetUtcNow();
        var upcoming = await events.ListEventsStartingAsync(now, now + RegistrantPullService.Horizon, cancellationToken);
        int eventCount = 0, checkedCount = 0, rescreened = 0;
        var flags = new Dictionary<Guid, IReadOnlyList<Guid>>();
        foreach (var vettedEvent in upcoming.Where(e => e.Policy.ScreeningEnabled && e.PersonalDataPurgedAt is null))
        {
            eventCount++;
            var eventFlags = new List<Guid>();
            foreach (var registrant in await registrants.ListRegistrantsAsync(vettedEvent.Id, cancellationToken))
            {
                checkedCount++;
                if (!await NeedsScreeningAsync(vettedEvent, registrant, index, change, cancellationToken))
                {
                    continue;
                }

                var outcome = await screening.ScreenAsync(vettedEvent, registrant, index, cancellationToken);
                rescreened++;
                if (outcome.RaisedFlag)
                {
                    eventFlags.Add(outcome.Decision!.Id); // RaisedFlag implies a decision
                }

            }

            if (eventFlags.Count > 0)
            {
                flags[vettedEvent.Id] = eventFlags;
            }
        }

        var result = new RescreenResult(index.Lists.Key, eventCount, checkedCount, rescreened, flags);
        Log.Rescreened(logger, eventCount, checkedCount, rescreened, result.NewFlagCount);
        return result;
    }

    private async Task<bool> NeedsScreeningAsync(
        VettedEvent vettedEvent, VettedRegistrant registrant, ScreeningIndex index, ScreeningIndexChange? change, CancellationToken cancellationToken)
    {
        if (registrant.PurgedAt is not null || registrant.ContentFingerprint is null)
        {
            return false;
        }

        var latest = await screenings.GetLatestScreeningAsync(registrant.Id, cancellationToken);
        if (latest is null || registrant.CurrentDecisionId is null)
        {
            return true;
        }

        if (latest.Lists.Equals(index.Lists))
        {
            return false;
        }

        if (change is null || !latest.Lists.Equals(change.From) || latest.PolicyRevision != vettedEvent.PolicyRevision)
        {
            return true;
        }

        if (latest.Matches.Any(m => change.Affected.Contains(m.EntityId)))
        {
            return true;
        }

        try
        {
            return change.Delta.Screen(registrant.ToQuery(), vettedEvent.Policy.ToMatchPolicy()).Matches.Count > 0;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private async Task AuditAsync(ScreeningIndex index, ScreeningIndexChange? change, CancellationToken cancellationToken)
    {
        lock (_audited)
        {
            if (!_audited.Add(index.Lists.Key))
            {
                return;
            }
        }

        var details = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lists"] = index.Lists.Key,
            ["asOf"] = index.ListsAsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (change is not null)
        {
            details["from"] = change.From.Key;
            details["affected"] = change.Affected.Count.ToString(CultureInfo.InvariantCulture);
        }

        await audit.AppendAsync(new AuditDraft(AuditKind.ListChanged, AuditDraft.SystemActor, "watchlists", "active", details), cancellationToken);
    }
}
