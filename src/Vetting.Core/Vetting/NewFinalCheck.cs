namespace Vetting.Core.Vetting;

/// <summary>An event's state at its final check, to record. Recorded once per <see cref="IdempotencyKey"/>.</summary>
/// <param name="EventId">The event.</param>
/// <param name="IdempotencyKey">The final-check run (for example <c>final:{event id}:{scheduled start}</c>).</param>
/// <param name="RegistrantCount">Registrants at the check.</param>
/// <param name="UnresolvedFlags">Registrants still waiting for a reviewer.</param>
/// <param name="PendingActions">Platform actions not yet confirmed.</param>
/// <param name="Lists">The watchlist versions in force.</param>
/// <param name="ListsAsOf">The oldest "as of" date of those versions.</param>
public sealed record NewFinalCheck(
    Guid EventId,
    string IdempotencyKey,
    int RegistrantCount,
    int UnresolvedFlags,
    int PendingActions,
    ListVersionSet Lists,
    DateTimeOffset ListsAsOf);
