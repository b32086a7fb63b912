namespace Vetting.Core.Workflow;

/// <summary>What discovering one account's events did.</summary>
/// <param name="AccountId">The stored account; null when the account is disabled.</param>
/// <param name="EventIds">Every upcoming event of the account, as stored.</param>
/// <param name="NewEvents">How many of them were stored for the first time.</param>
public sealed record DiscoveryResult(Guid? AccountId, IReadOnlyList<Guid> EventIds, int NewEvents);
