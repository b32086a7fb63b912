namespace Vetting.Core.Vetting;

/// <summary>Screening results, tied to the list versions and policy they ran under.</summary>
public interface IScreeningStore
{
    /// <summary>
    /// Stores the screening unless one with the same registrant and <see cref="NewScreening.Key"/> exists, in which case
    /// that one is returned (<see cref="Upserted{T}.Created"/> false). Safe under concurrent callers.
    /// </summary>
    Task<Upserted<ScreeningRecord>> SaveScreeningAsync(NewScreening screening, CancellationToken cancellationToken);

    Task<ScreeningRecord?> GetScreeningAsync(Guid screeningId, CancellationToken cancellationToken);

    /// <summary>The registrant's most recent screening, or null.</summary>
    Task<ScreeningRecord?> GetLatestScreeningAsync(Guid registrantId, CancellationToken cancellationToken);
}
