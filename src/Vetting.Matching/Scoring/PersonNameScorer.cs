using Vetting.Matching.Names;

namespace Vetting.Matching.Scoring;

/// <summary>
/// Scores a query name against a list name: tokens are paired greedily by weighted similarity (order does not
/// matter), list tokens are weighted by role, omitted patronymics and middle names cost little, extra query tokens
/// cost some, and the "not a match" rules cap the score: fewer than two parts matched, family name not matched,
/// conflicting patronymics.
/// </summary>
internal static class PersonNameScorer
{
    /// <param name="matrix">Token scores, row-major: query token i, list token j at <c>i * listed.Length + j</c>.</param>
    public static NameScore Score(
        ReadOnlySpan<NameToken> query,
        ReadOnlySpan<NameToken> listed,
        ReadOnlySpan<TokenRole> roles,
        ReadOnlySpan<TokenScore> matrix,
        bool explain)
    {
        var n = query.Length;
        var m = listed.Length;
        if (n == 0 || m == 0)
        {
            return NameScore.Zero;
        }

        Span<int> pairOfList = stackalloc int[m];
        Span<bool> queryUsed = stackalloc bool[n];
        Assign(query, listed, roles, matrix, pairOfList, queryUsed);

        var spareFamilyOptional = SpareFamilyIsOptional(listed, roles, matrix, pairOfList);
        var spareFamilyFactor = spareFamilyOptional && HasLooseVariant(roles, matrix, pairOfList, m)
            ? ScoringWeights.MissingSecondFamilyLooseFactor
            : ScoringWeights.MissingSecondFamilyFactor;
        double numerator = 0, denominator = 0, factor = 1;
        int matchedSignificant = 0, matchedFull = 0, listSignificant = 0;
        int familyCandidates = 0, familyMatched = 0;
        bool complete = true, patronymicMatched = false, patronymicMissing = false;
        for (var j = 0; j < m; j++)
        {
            var role = roles[j];
            var weight = ScoringWeights.Of(role, listed[j].Traits);
            var significant = role != TokenRole.Particle;
            listSignificant += significant ? 1 : 0;
            var familyCandidate = ScoringWeights.IsFamilyCandidate(role, listed[j].Traits);
            familyCandidates += familyCandidate ? 1 : 0;
            if (pairOfList[j] >= 0)
            {
                var score = matrix[(pairOfList[j] * m) + j];
                numerator += weight * score.Similarity;
                denominator += weight;
                matchedSignificant += significant ? 1 : 0;
                matchedFull += significant && score.Relation != TokenRelation.Initial ? 1 : 0;
                familyMatched += familyCandidate && score.Relation != TokenRelation.Initial ? 1 : 0;
                complete &= !significant || score.IsStrong;
                patronymicMatched |= role == TokenRole.Patronymic;
            }
            else if (spareFamilyOptional && familyCandidate)
            {
                factor *= spareFamilyFactor;
                complete = false;
            }
            else if (ScoringWeights.IsOptional(role))
            {
                factor *= role == TokenRole.Patronymic ? ScoringWeights.MissingPatronymicFactor : role == TokenRole.Middle ? ScoringWeights.MissingMiddleFactor : 1;
                patronymicMissing |= role == TokenRole.Patronymic;
                complete &= role == TokenRole.Particle;
            }
            else
            {
                denominator += weight;
                complete = false;
            }
        }

        var extraPatronymic = false;
        var extraFamily = false;
        for (var i = 0; i < n; i++)
        {
            if (!queryUsed[i] && query[i].IsSignificant)
            {
                denominator += query[i].IsInitial ? 0.1 : ScoringWeights.ExtraTokenWeight;
                complete = false;
                extraPatronymic |= (query[i].Traits & TokenTraits.PatronymicForm) != 0;
                extraFamily |= ScoringWeights.IsFamilyCandidate(query[i].Role, query[i].Traits);
            }
        }

        var score01 = denominator > 0 ? Math.Clamp(numerator / denominator * factor, 0, 1) : 0;
        string? verdict = null;
        if (matchedSignificant < Math.Min(2, listSignificant) || (listSignificant >= 2 && matchedFull < 1))
        {
            verdict = "only one part of the name matches: not a match";
        }
        else if ((familyCandidates > 0 && familyMatched == 0) || (familyCandidates == 0 && extraFamily))
        {
            verdict = "family name does not match: not a match";
        }
        else if (patronymicMissing && extraPatronymic)
        {
            verdict = "patronymics differ";
        }

        if (verdict is not null)
        {
            score01 = Math.Min(score01, verdict == "patronymics differ" ? ScoringWeights.PatronymicConflictCap : ScoringWeights.NotAMatchCap);
            complete = false;
        }

        var tokens = explain ? Explanations.Tokens(query, listed, roles, matrix, pairOfList, queryUsed, denominator) : [];
        return new NameScore(score01, tokens, complete, patronymicMatched, listSignificant, verdict);
    }

    /// <summary>
    /// A second family name may be left out (Jorge Cifuentes for CIFUENTES VILLA, Jorge Milton) once another
    /// family name matched: for stated family names always, for unknown roles only in names of four or more parts.
    /// </summary>
    private static bool SpareFamilyIsOptional(ReadOnlySpan<NameToken> listed, ReadOnlySpan<TokenRole> roles, ReadOnlySpan<TokenScore> matrix, ReadOnlySpan<int> pairOfList)
    {
        var m = listed.Length;
        var significant = 0;
        var statedFamily = 0;
        var familyMatched = false;
        for (var j = 0; j < m; j++)
        {
            significant += roles[j] == TokenRole.Particle ? 0 : 1;
            statedFamily += roles[j] == TokenRole.Family ? 1 : 0;
            if (pairOfList[j] >= 0 && ScoringWeights.IsFamilyCandidate(roles[j], listed[j].Traits)
                && matrix[(pairOfList[j] * m) + j].Relation != TokenRelation.Initial)
            {
                familyMatched = true;
            }
        }

        return familyMatched && (statedFamily >= 2 || (statedFamily == 0 && significant >= 4));
    }

    /// <summary>
    /// True when a paired part is only a spelling variant (Marks / Marcos, Martins / MARTINEZ), not the same name in
    /// another script or system. With a family name left out as well, that is two doubts in one name.
    /// </summary>
    private static bool HasLooseVariant(ReadOnlySpan<TokenRole> roles, ReadOnlySpan<TokenScore> matrix, ReadOnlySpan<int> pairOfList, int m)
    {
        for (var j = 0; j < m; j++)
        {
            if (pairOfList[j] >= 0 && roles[j] != TokenRole.Particle)
            {
                var score = matrix[(pairOfList[j] * m) + j];
                if (score.Similarity < TokenComparer.SameSkeletonScore && score.Relation != TokenRelation.Cognate)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Greedy pairing: best weighted pair first; particles pair only with particles.</summary>
    private static void Assign(
        ReadOnlySpan<NameToken> query,
        ReadOnlySpan<NameToken> listed,
        ReadOnlySpan<TokenRole> roles,
        ReadOnlySpan<TokenScore> matrix,
        Span<int> pairOfList,
        Span<bool> queryUsed)
    {
        var m = listed.Length;
        pairOfList.Fill(-1);
        while (true)
        {
            int bestI = -1, bestJ = -1;
            double best = 0;
            for (var i = 0; i < query.Length; i++)
            {
                if (queryUsed[i])
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    var s = matrix[(i * m) + j];
                    if (pairOfList[j] >= 0 || !s.Accepted || query[i].IsParticle != (roles[j] == TokenRole.Particle))
                    {
                        continue;
                    }

                    var value = s.Similarity * ScoringWeights.Of(roles[j], listed[j].Traits);
                    if (value > best + 1e-12 || (bestI >= 0 && value > best - 1e-12 && Precedes(query[i], listed[j], query[bestI], listed[bestJ])))
                    {
                        best = value;
                        bestI = i;
                        bestJ = j;
                    }
                }
            }

            if (bestI < 0)
            {
                return;
            }

            pairOfList[bestJ] = bestI;
            queryUsed[bestI] = true;
        }
    }

    /// <summary>Order-independent tie-break between equally good pairs: by the tokens' text.</summary>
    private static bool Precedes(NameToken q, NameToken l, NameToken bestQ, NameToken bestL)
    {
        var byQuery = string.CompareOrdinal(q.Surface, bestQ.Surface);
        return byQuery < 0 || (byQuery == 0 && string.CompareOrdinal(l.Surface, bestL.Surface) < 0);
    }
}
