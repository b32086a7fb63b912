namespace Vetting.Core.Platforms;

/// <summary>
/// A connector to one meeting platform, serving every account configured for it. Implementations throw
/// <see cref="PlatformThrottledException"/> when the platform's limits call for a wait longer than they will block, and
/// <see cref="PlatformApiException"/> for refusals that are not about one registrant.
/// </summary>
public interface IEventPlatform
{
    /// <summary>The platform this connector serves.</summary>
    PlatformKind Platform { get; }

    /// <summary>The configured account names (not platform ids).</summary>
    IReadOnlyCollection<string> Accounts { get; }

    /// <summary>Upcoming events of the account that use registration; one item per occurrence where registration is per occurrence.</summary>
    IAsyncEnumerable<PlatformEvent> DiscoverEventsAsync(string account, CancellationToken cancellationToken);

    /// <summary>Every registrant of the event in every status, each once.</summary>
    IAsyncEnumerable<PlatformRegistrant> ListRegistrantsAsync(PlatformEventRef eventRef, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the actions to the event's registrations: skips those already in place, sends the rest in the platform's
    /// batch size, re-reads to confirm, and returns one outcome per action in the order given.
    /// </summary>
    Task<IReadOnlyList<PlatformActionOutcome>> ApplyAsync(
        PlatformEventRef eventRef,
        IReadOnlyList<PlatformAction> actions,
        CancellationToken cancellationToken);
}
