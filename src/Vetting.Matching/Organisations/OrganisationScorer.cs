using Vetting.Matching.Scoring;

namespace Vetting.Matching.Organisations;

/// <summary>
/// Scores organisation names by their distinctive words. Words pair greedily by spelling similarity; the base
/// score is the weighted Dice overlap. Containment (the listed name found whole inside the registrant's longer
/// text) counts as 0.95 × the found share when the listed name has at least two distinctive words.
/// Weights are word rarities when an index supplies them, otherwise 1.
/// </summary>
internal static class OrganisationScorer
{
    private const double ContainmentFactor = 0.95;

    public static double Dice(OrganisationName a, OrganisationName b, Func<string, double> weightOf, List<TokenMatch>? tokens = null)
    {
        var overlap = Overlap(a, b, weightOf, tokens);
        return overlap.Total == 0 ? 0 : 2 * overlap.Matched / overlap.Total;
    }

    /// <summary>Registrant text against a listed organisation: the larger of Dice and "listed name contained in the text".</summary>
    public static double Screen(OrganisationName query, OrganisationName listed, Func<string, double> weightOf, List<TokenMatch>? tokens = null)
    {
        var o = Overlap(query, listed, weightOf, tokens);
        if (o.Total == 0)
        {
            return 0;
        }

        var dice = 2 * o.Matched / o.Total;
        var contained = listed.Skeletons.Length >= 2 ? ContainmentFactor * o.Matched / o.ListedTotal : 0;
        return Math.Clamp(Math.Max(dice, contained), 0, 1);
    }

    /// <summary>Symmetric comparison for two names: Dice, or containment of the smaller name when it has three or more words.</summary>
    public static double Symmetric(OrganisationName a, OrganisationName b, List<TokenMatch>? tokens = null)
    {
        var o = Overlap(a, b, _ => 1, tokens);
        if (o.Total == 0)
        {
            return 0;
        }

        var dice = 2 * o.Matched / o.Total;
        var smaller = Math.Min(a.Skeletons.Length, b.Skeletons.Length);
        var contained = smaller >= 3 ? ContainmentFactor * o.Matched / smaller : 0;
        return Math.Clamp(Math.Max(dice, contained), 0, 1);
    }

    private static (double Matched, double Total, double ListedTotal) Overlap(
        OrganisationName query, OrganisationName listed, Func<string, double> weightOf, List<TokenMatch>? tokens)
    {
        var n = query.Skeletons.Length;
        var m = listed.Skeletons.Length;
        if (n == 0 || m == 0)
        {
            return (0, 0, 0);
        }

        var pairs = new List<(int I, int J, TokenScore S)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var s = string.Equals(query.Skeletons[i], listed.Skeletons[j], StringComparison.Ordinal)
                    ? new TokenScore(1.0, TokenRelation.Exact, true)
                    : TokenComparer.CompareSpelling(query.Skeletons[i], listed.Skeletons[j]);
                if (s.Accepted)
                {
                    pairs.Add((i, j, s));
                }
            }
        }

        pairs.Sort((x, y) => y.S.Similarity.CompareTo(x.S.Similarity) is var c && c != 0 ? c
            : string.CompareOrdinal(query.Skeletons[x.I], query.Skeletons[y.I]) is var d && d != 0 ? d
            : string.CompareOrdinal(listed.Skeletons[x.J], listed.Skeletons[y.J]));
        var pairOfQuery = new int[n];
        Array.Fill(pairOfQuery, -1);
        var usedL = new bool[m];
        double matched = 0;
        foreach (var (i, j, s) in pairs)
        {
            if (pairOfQuery[i] >= 0 || usedL[j])
            {
                continue;
            }

            pairOfQuery[i] = j;
            usedL[j] = true;
            matched += weightOf(listed.Skeletons[j]) * s.Similarity;
            tokens?.Add(new TokenMatch(query.Originals[i], listed.Originals[j], Relation(query.Originals[i], listed.Originals[j], s), Math.Round(s.Similarity, 3), 0, s.Relation == TokenRelation.Exact ? "exact" : "spelling variant"));
        }

        double queryTotal = 0, listedTotal = 0;
        for (var i = 0; i < n; i++)
        {
            queryTotal += weightOf(pairOfQuery[i] >= 0 ? listed.Skeletons[pairOfQuery[i]] : query.Skeletons[i]);
        }

        for (var j = 0; j < m; j++)
        {
            listedTotal += weightOf(listed.Skeletons[j]);
        }

        return (matched, queryTotal + listedTotal, listedTotal);
    }

    private static TokenRelation Relation(string q, string l, TokenScore s) =>
        s.Relation == TokenRelation.Exact && !string.Equals(q, l, StringComparison.OrdinalIgnoreCase) ? TokenRelation.Transliteration : s.Relation;
}
