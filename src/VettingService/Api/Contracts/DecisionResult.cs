using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>A recorded reviewer decision, the platform action it calls for, the clearances it granted, and whether this call created it.</summary>
internal sealed record DecisionResult(VettingDecision Decision, PlatformActionRecord? Action, IReadOnlyList<Guid> ClearanceIds, bool Created);
