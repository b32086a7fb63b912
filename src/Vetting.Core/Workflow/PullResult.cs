namespace Vetting.Core.Workflow;

/// <summary>What pulling one event's registrants did: counts only.</summary>
/// <param name="EventId">The event.</param>
/// <param name="Registrants">Registrations read from the platform.</param>
/// <param name="Added">Registrations not seen before.</param>
/// <param name="Rejected">Registrations the store refused (a field beyond its limits): not stored, never approved, logged by id.</param>
/// <param name="Screened">Registrants screened in this pull.</param>
/// <param name="NewFlags">Ids of the new decisions that wait for a reviewer (for notifications).</param>
/// <param name="Enforcement">The enforcement pass after screening.</param>
public sealed record PullResult(Guid EventId, int Registrants, int Added, int Rejected, int Screened, IReadOnlyList<Guid> NewFlags, EnforcementResult Enforcement);
