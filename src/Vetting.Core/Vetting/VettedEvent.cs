using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>An event (or one occurrence) whose registrants are screened.</summary>
/// <param name="Id">Store id: use it in job arguments.</param>
/// <param name="AccountId">The connected account the event belongs to.</param>
/// <param name="Ref">Platform, account, kind, external id and occurrence.</param>
/// <param name="Topic">The event's title (may name an organisation; not logged).</param>
/// <param name="StartUtc">Start in UTC; null for recurring events without a fixed time.</param>
/// <param name="Duration">Planned length.</param>
/// <param name="Approval">Whether registrants wait for approval on the platform.</param>
/// <param name="Policy">The event's own policy (copied from the account default when discovered).</param>
/// <param name="PolicyRevision">Starts at 1, raised by every policy change; screenings record the revision they ran under.</param>
/// <param name="DiscoveredAt">When the event was first stored.</param>
/// <param name="PersonalDataPurgedAt">When the retention purge removed its registrants' personal data; null before.</param>
/// <param name="Revision">Optimistic concurrency token.</param>
public sealed record VettedEvent(
    Guid Id,
    Guid AccountId,
    PlatformEventRef Ref,
    string Topic,
    DateTimeOffset? StartUtc,
    TimeSpan Duration,
    RegistrationApproval Approval,
    EventPolicy Policy,
    int PolicyRevision,
    DateTimeOffset DiscoveredAt,
    DateTimeOffset? PersonalDataPurgedAt,
    int Revision)
{
    /// <summary>Planned end in UTC, when the start is known.</summary>
    public DateTimeOffset? EndUtc => StartUtc + Duration;
}
