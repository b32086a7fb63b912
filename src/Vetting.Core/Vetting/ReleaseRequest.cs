namespace Vetting.Core.Vetting;

/// <summary>
/// A reviewer's request to release a confirmed match. Four eyes: only a different reviewer can approve it; at most
/// one request per confirmed decision is pending at a time.
/// </summary>
public sealed record ReleaseRequest(
    Guid Id,
    Guid RegistrantId,
    Guid ConfirmedDecisionId,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string Reason,
    ReleaseState State,
    string? ResolvedBy,
    DateTimeOffset? ResolvedAt,
    string? ResolutionReason,
    Guid? ReleaseDecisionId,
    int Revision);
