using Vetting.Matching;

namespace Vetting.Core.Vetting;

/// <summary>One list entity a screening matched, with the fingerprint of the entry as it was screened against.</summary>
/// <param name="EntityId">The entity id, e.g. <c>ofac-sdn:16642</c>.</param>
/// <param name="Source">The list code.</param>
/// <param name="MatchedName">The listed name, alias, organisation, position or domain that matched (list text).</param>
/// <param name="Score">0..1.</param>
/// <param name="Decision">What this match alone warrants.</param>
/// <param name="Reason">Which registrant field linked the match.</param>
/// <param name="Explanation">The matcher's sentence (names the registrant's tokens: removed by the retention purge).</param>
/// <param name="EntityFingerprint">See <see cref="WatchlistEntityFingerprint"/>.</param>
/// <param name="ClearanceId">The reviewer's clearance that set this match aside, if one applied.</param>
public sealed record ScreeningMatch(
    string EntityId,
    string Source,
    string MatchedName,
    double Score,
    Decision Decision,
    MatchReason Reason,
    string? Explanation,
    string EntityFingerprint,
    Guid? ClearanceId = null)
{
    /// <summary>Maps the matcher's result; the caller supplies the fingerprint of the matched entity.</summary>
    public static ScreeningMatch From(MatchResult match, string entityFingerprint, Guid? clearanceId = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityFingerprint);
        return new ScreeningMatch(
            match.EntityId, match.Source, match.MatchedName, match.Score, match.Decision, match.Reason, match.Explanation,
            entityFingerprint, clearanceId);
    }
}
