using Vetting.Matching.Evaluation.Tests.Generation;

namespace Vetting.Matching.Evaluation.Tests.Evaluation;

/// <summary>What screening made of one corpus case.</summary>
/// <param name="Alert">The decision is not clear.</param>
/// <param name="RightEntity">An expected entity is among the matches (positives only).</param>
internal sealed record CaseOutcome(CorpusCase Case, ScreeningResult Result, bool Alert, bool RightEntity)
{
    /// <summary>For a missed positive: how close the registrant came to the expected entity (see <see cref="NearestName"/>).</summary>
    public string? Nearest { get; init; }

    /// <summary>The pairwise score behind <see cref="Nearest"/>.</summary>
    public double? NearestScore { get; init; }

    /// <summary>
    /// Why a positive was missed: "other entity" (an alert, for someone else), "retrieval miss" (clear, though the
    /// pairwise score reaches the review line: the index did not offer the entity) or "below the line" (clear, and the
    /// pairwise score is below the review line too).
    /// </summary>
    public string MissCause => Alert ? "other entity"
        : NearestScore >= MatchPolicy.Default.ReviewThreshold ? "retrieval miss"
        : "below the line";

    /// <summary>A positive counts as found when it alerts and the right entity is among the matches.</summary>
    public bool Found => Alert && RightEntity;

    /// <summary>One line for the report: the top match (or "clear"), and for a missed positive the nearest expected name.</summary>
    public string Describe()
    {
        var nearest = Nearest is null ? "" : "; " + Nearest;
        if (Result.Matches.Count == 0)
        {
            return "clear" + nearest;
        }

        var top = Result.Matches[0];
        var right = Case.Expected.Count == 0 ? "" : RightEntity ? "" : " (not the expected entity)";
        var decision = Result.Decision.ToString().ToLowerInvariant();
        return $"{decision}: {top.EntityId} \"{top.MatchedName}\" {top.Score:0.00} by {top.Reason}{right} — {top.Explanation}{nearest}";
    }
}
