using Microsoft.Extensions.Logging;
using Vetting.Core.Platforms;
using Vetting.Core.Vetting;

namespace Vetting.Core.Workflow;

/// <summary>
/// Acts on a verified registration notice: the notice is only a hint, so the event's registrants are read again from
/// the platform and screened. An event not stored yet is looked for by discovering its account first.
/// </summary>
public sealed class RegistrationNoticeHandler(
    IEventStore events,
    PlatformDirectory platforms,
    EventDiscoveryService discovery,
    RegistrantPullService pulls,
    TimeProvider time,
    ILogger<RegistrationNoticeHandler> logger)
{
    public async Task<NoticeOutcome> HandleAsync(PlatformEventRef eventRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventRef);
        var outcome = NoticeOutcome.Pulled;
        var targets = await FindAsync(eventRef, cancellationToken);
        if (targets.Count == 0 && platforms.Find(eventRef.Platform, eventRef.Account) is not null)
        {
            await discovery.DiscoverAsync(eventRef.Platform, eventRef.Account, cancellationToken);
            targets = await FindAsync(eventRef, cancellationToken);
            outcome = NoticeOutcome.DiscoveredAndPulled;
        }

        if (targets.Count == 0)
        {
            Log.UnknownEvent(logger, eventRef.ToString());
            return NoticeOutcome.UnknownEvent;
        }

        foreach (var id in targets)
        {
            await pulls.PullEventAsync(id, cancellationToken);
        }

        return outcome;
    }

    /// <summary>The stored event; for a notice that names no occurrence, every upcoming occurrence of the event.</summary>
    private async Task<IReadOnlyList<Guid>> FindAsync(PlatformEventRef eventRef, CancellationToken cancellationToken)
    {
        if (await events.FindEventAsync(eventRef, cancellationToken) is { } exact)
        {
            return [exact.Id];
        }

        if (eventRef.OccurrenceId is not null)
        {
            return [];
        }

        var now = time.GetUtcNow();
        var upcoming = await events.ListEventsStartingAsync(
            now - RegistrantPullService.RunningGrace, now + RegistrantPullService.Horizon, cancellationToken);
        return [.. upcoming.Where(e => (e.Ref with { OccurrenceId = null }) == eventRef).Select(e => e.Id)];
    }
}
