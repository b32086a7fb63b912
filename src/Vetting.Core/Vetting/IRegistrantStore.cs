using Vetting.Core.Platforms;

namespace Vetting.Core.Vetting;

/// <summary>Registrants of events, as read from the platforms; and the retention purge of their personal data.</summary>
public interface IRegistrantStore
{
    /// <summary>Stores or refreshes a registration (keyed by event + platform registrant id) and says what changed.</summary>
    Task<RegistrantUpsert> UpsertRegistrantAsync(Guid eventId, PlatformRegistrant registrant, CancellationToken cancellationToken);

    Task<VettedRegistrant?> GetRegistrantAsync(Guid registrantId, CancellationToken cancellationToken);

    Task<VettedRegistrant?> FindRegistrantAsync(Guid eventId, string externalId, CancellationToken cancellationToken);

    Task<IReadOnlyList<VettedRegistrant>> ListRegistrantsAsync(Guid eventId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the personal data of registrants of events that ended before <paramref name="endedBefore"/>: names,
    /// e-mail, organisation, job title, country, fingerprints and the matcher's explanations (which quote the typed
    /// name). Decisions, actions, clearances, final checks and the audit log stay; they hold ids only. Audited.
    /// </summary>
    Task<PurgeResult> PurgePersonalDataAsync(DateTimeOffset endedBefore, CancellationToken cancellationToken);
}
