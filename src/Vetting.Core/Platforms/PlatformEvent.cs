namespace Vetting.Core.Platforms;

/// <summary>An upcoming event that uses registration, as discovered on a platform.</summary>
/// <param name="Ref">Account, platform, kind, external id and occurrence id.</param>
/// <param name="Topic">The event's title (may name an organisation; not logged).</param>
/// <param name="StartUtc">Start of the event or of this occurrence, in UTC; null for recurring events without a fixed time.</param>
/// <param name="TimeZone">IANA time-zone name the organiser chose, when the platform gives one.</param>
/// <param name="Duration">Planned length.</param>
/// <param name="Approval">Whether registrants wait for approval.</param>
public sealed record PlatformEvent(
    PlatformEventRef Ref,
    string Topic,
    DateTimeOffset? StartUtc,
    string? TimeZone,
    TimeSpan Duration,
    RegistrationApproval Approval)
{
    /// <summary>True when new registrants stay pending until approved, so screening can decide before access.</summary>
    public bool RegistrantsNeedApproval => Approval == RegistrationApproval.Manual;
}
