using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Events of connected accounts and their policies.</summary>
public interface IEventStore
{
    /// <summary>
    /// Stores a discovered event. A new one copies its account's default policy (revision 1); a known one gets the
    /// platform's current topic, start, duration and approval mode and keeps its policy.
    /// </summary>
    Task<Upserted<VettedEvent>> UpsertDiscoveredEventAsync(Guid accountId, PlatformEvent discovered, CancellationToken cancellationToken);

    Task<VettedEvent?> GetEventAsync(Guid eventId, CancellationToken cancellationToken);

    Task<VettedEvent?> FindEventAsync(PlatformEventRef eventRef, CancellationToken cancellationToken);

    /// <summary>Events starting at or after <paramref name="from"/> and before <paramref name="until"/>, by start time.</summary>
    Task<IReadOnlyList<VettedEvent>> ListEventsStartingAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>
    /// Changes an event's policy (raising its policy revision), audited. Throws <see cref="VettingConcurrencyException"/>
    /// when <paramref name="expectedRevision"/> is stale.
    /// </summary>
    Task<VettedEvent> SetEventPolicyAsync(
        Guid eventId, EventPolicy policy, int expectedRevision, string actor, CancellationToken cancellationToken);
}
