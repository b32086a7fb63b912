namespace Vetting.Core.Platforms;

/// <summary>
/// A platform's notification about a registration, reduced to ids. A hint only: the receiver re-reads the registrant
/// through <see cref="IEventPlatform"/> before deciding anything.
/// </summary>
/// <param name="Event">The event (and occurrence, when the notification names exactly one).</param>
/// <param name="RegistrantId">The platform's registrant id.</param>
/// <param name="Change">Created, approved, denied or cancelled.</param>
/// <param name="OccurredAt">When the platform says it happened.</param>
public sealed record RegistrationNotice(
    PlatformEventRef Event,
    string RegistrantId,
    RegistrationChange Change,
    DateTimeOffset OccurredAt);
