using Vetting.Matching;

namespace Vetting.Core.Vetting;

/// <summary>A stored screening: the result, the list versions and the policy it ran under.</summary>
/// <param name="Id">Store id; automatic decisions refer to it.</param>
/// <param name="RegistrantId">The registrant screened.</param>
/// <param name="EventId">The registrant's event.</param>
/// <param name="Key">See <see cref="NewScreening.Key"/>.</param>
/// <param name="ContentFingerprint">The registrant content screened.</param>
/// <param name="Lists">Source → version id.</param>
/// <param name="PolicyFingerprint">See <see cref="EventPolicy.Fingerprint"/>.</param>
/// <param name="PolicyRevision">The event's policy revision.</param>
/// <param name="Decision">The recommended decision.</param>
/// <param name="Score">Best score.</param>
/// <param name="Matches">Matches, best first.</param>
/// <param name="ScreenedAt">When it was stored.</param>
public sealed record ScreeningRecord(
    Guid Id,
    Guid RegistrantId,
    Guid EventId,
    string Key,
    string ContentFingerprint,
    ListVersionSet Lists,
    string PolicyFingerprint,
    int PolicyRevision,
    Decision Decision,
    double Score,
    IReadOnlyList<ScreeningMatch> Matches,
    DateTimeOffset ScreenedAt);
