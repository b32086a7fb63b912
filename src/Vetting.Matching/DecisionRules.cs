using Vetting.Matching.Scoring;

namespace Vetting.Matching;

/// <summary>
/// Turns scores into decisions. A name blocks only when it scored at least the block threshold and the evidence
/// is complete: every token of a list name matched strongly and the name carries a patronymic, or it is the
/// party's fullest name with at least three parts. Review-only parties and weak aliases never block.
/// </summary>
internal static class DecisionRules
{
    public static Decision ForName(NameScore name, int fullestSignificant, MatchPolicy policy, bool reviewOnly, bool weak)
    {
        if (name.Score < policy.ReviewThreshold)
        {
            return Decision.Clear;
        }

        var strong = name.Complete
            && name.Score >= policy.BlockThreshold
            && name.SignificantTokens >= 2
            && (name.HasPatronymic || (name.SignificantTokens >= 3 && name.SignificantTokens >= fullestSignificant));
        return strong && !reviewOnly && !weak ? Decision.Block : Decision.Review;
    }

    public static Decision ForOrganisation(double score, MatchPolicy policy, bool reviewOnly)
    {
        if (score < policy.ReviewThreshold)
        {
            return Decision.Clear;
        }

        return score >= policy.BlockThreshold && !reviewOnly ? Decision.Block : Decision.Review;
    }
}
