namespace Vetting.Matching.Index;

/// <summary>Listed persons' positions as evidence beside a name match.</summary>
internal sealed partial class Screener
{
    /// <summary>What a job title naming the listed person's own position adds to their name match.</summary>
    internal const double CorroborationBoost = 0.08;

    /// <summary>
    /// When the registrant's name comes within <see cref="CorroborationBoost"/> of the review line for a listed person
    /// (or above it) and the job title names that person's listed position, the name match gains the boost. It may
    /// reach review; it never blocks, and a position without a name match raises nothing.
    /// </summary>
    private void Corroborate(Dictionary<(int, MatchReason), Candidate> best, Dictionary<int, int> positions, MatchPolicy policy)
    {
        foreach (var (party, position) in positions)
        {
            if (!best.TryGetValue((party, MatchReason.Name), out var name) || name.Entry < 0
                || data.EntryKinds[name.Entry] != EntryKind.PersonName || name.Score < policy.ReviewThreshold - CorroborationBoost)
            {
                continue;
            }

            var score = Math.Min(1, name.Score + CorroborationBoost);
            var decision = name.Decision == Decision.Block ? Decision.Block : score >= policy.ReviewThreshold ? Decision.Review : Decision.Clear;
            best[(party, MatchReason.Name)] = name with { Score = score, Decision = decision, Corroboration = position };
        }
    }
}
