using Vetting.Core.Vetting;

namespace Vetting.Service.Api.Contracts;

/// <summary>Everything a reviewer needs about one registrant: decisions (oldest first), the latest screening, clearances of the same person, a pending release, the actions of the current decision, escalations.</summary>
internal sealed record RegistrantDetail(
    RegistrantItem Registrant,
    IReadOnlyList<VettingDecision> Decisions,
    ScreeningRecord? LatestScreening,
    IReadOnlyList<Clearance> Clearances,
    ReleaseRequest? PendingRelease,
    IReadOnlyList<PlatformActionRecord> Actions,
    IReadOnlyList<AuditEntry> Escalations);
