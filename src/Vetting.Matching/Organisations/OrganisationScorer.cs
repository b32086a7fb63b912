using Vetting.Matching.Scoring;

namespace Vetting.Matching.Organisations;

/// <summary>
/// Scores organisation names (and job titles against listed bodies) by their words. Words pair greedily: the same
/// skeleton first; then two different spellings of long, distinctive words, next to an exact pair or when very long.
/// Generic words (<see cref="GenericWords"/>) never link a match alone: either a distinctive word is shared, or the
/// listed name is all generic and the registrant typed exactly that with nothing distinctive added ("Ministry of
/// Defence of Ukraine" is not the listed "MINISTRY OF DEFENCE"). With two or more distinctive words shared, words
/// weigh by rarity (generic ones little); with one, every word weighs the same and a distinctive word only the
/// registrant has weighs more, so a name that shares one word with a listed body is not that body. The score is the
/// weighted Dice overlap, or containment (the listed name found whole inside the registrant's longer text: 0.95 ×
/// the found share) when the listed name has two or more words and the text adds nothing distinctive of its own
/// (or shares two distinctive words exactly).
/// </summary>
internal static class OrganisationScorer
{
    private const double ContainmentFactor = 0.95;

    /// <summary>Weight of a generic word, against 0.5..4 for distinctive words.</summary>
    private const double GenericWeight = 0.3;

    /// <summary>
    /// With one distinctive word shared, a distinctive word only the registrant has (in a symmetric comparison: only
    /// one side has) weighs this much: it names another body ("Council of Ministers of the Autonomous Republic of
    /// Crimea" is not the occupation body). A registrant who leaves out the listed body's place is not contradicting it.
    /// </summary>
    private const double ExtraDistinctiveWeight = 3.0;

    /// <summary>Two different spellings pair only when both skeletons are at least this long...</summary>
    private const int MinFuzzyLength = 5;

    /// <summary>...or this long, without an exactly matched distinctive word beside them...</summary>
    private const int MinLoneFuzzyLength = 10;

    /// <summary>...and at least this similar.</summary>
    private const double MinFuzzySimilarity = 0.9;

    public static double Dice(OrganisationName a, OrganisationName b, Func<string, double> weightOf, List<TokenMatch>? tokens = null)
    {
        var o = Overlap(a, b, weightOf, tokens);
        return o.Admissible ? 2 * o.Matched / o.Total : 0;
    }

    /// <summary>Registrant text against a listed organisation: the larger of Dice and "listed name contained in the text".</summary>
    public static double Screen(OrganisationName query, OrganisationName listed, Func<string, double> weightOf, List<TokenMatch>? tokens = null) =>
        Score(query, listed, weightOf, tokens, minContainedWords: 2);

    /// <summary>
    /// The most <see cref="Screen"/> (or <see cref="Dice"/>) can give the pair, from word counts alone: when the query
    /// or the listed name has at most one distinctive word, rarity weights never apply, every paired word weighs 1 on
    /// both sides and every other word at least 1, so at most min(n, m) of n + m weigh as matched. 1 when that does not hold.
    /// </summary>
    public static double ScreenCeiling(OrganisationName query, OrganisationName listed)
    {
        var n = query.Skeletons.Length;
        var m = listed.Skeletons.Length;
        if (n == 0 || m == 0)
        {
            return 0;
        }

        var listedDistinctive = 0;
        foreach (var generic in listed.Generic)
        {
            listedDistinctive += generic ? 0 : 1;
        }

        if (Math.Min(n, listedDistinctive) > 1)
        {
            return 1;
        }

        var pairs = Math.Min(n, m);
        var dice = 2.0 * pairs / (n + m);
        var contained = m >= 2 ? ContainmentFactor * pairs / m : 0;
        return Math.Max(dice, contained);
    }

    /// <summary>Symmetric comparison for two names: Dice, or containment of the smaller name when it has three or more words.</summary>
    public static double Symmetric(OrganisationName a, OrganisationName b, List<TokenMatch>? tokens = null)
    {
        var forward = Score(a, b, _ => 1, null, minContainedWords: 3, symmetric: true);
        var backward = Score(b, a, _ => 1, null, minContainedWords: 3, symmetric: true);
        if (tokens is not null)
        {
            // Explain in a-to-b order whichever direction scored.
            Overlap(a, b, _ => 1, tokens);
        }

        return Math.Max(forward, backward);
    }

    private static double Score(OrganisationName query, OrganisationName listed, Func<string, double> weightOf, List<TokenMatch>? tokens, int minContainedWords, bool symmetric = false)
    {
        var o = Overlap(query, listed, weightOf, tokens, listedExtraCounts: symmetric);
        if (!o.Admissible)
        {
            return 0;
        }

        var dice = 2 * o.Matched / o.Total;
        var contains = listed.Skeletons.Length >= minContainedWords && (o.QueryExtraDistinctive == 0 || o.ExactDistinctive >= 2);
        var contained = contains ? ContainmentFactor * o.Matched / o.ListedTotal : 0;
        return Math.Clamp(Math.Max(dice, contained), 0, 1);
    }

    private static WordOverlap Overlap(OrganisationName query, OrganisationName listed, Func<string, double> weightOf, List<TokenMatch>? tokens, bool listedExtraCounts = false)
    {
        var n = query.Skeletons.Length;
        var m = listed.Skeletons.Length;
        if (n == 0 || m == 0)
        {
            return default;
        }

        var pairOfQuery = new int[n];
        Array.Fill(pairOfQuery, -1);
        var scores = new TokenScore[n];
        var usedL = new bool[m];
        var exactDistinctive = Assign(query, listed, pairOfQuery, scores, usedL, fuzzy: false, MinFuzzyLength);
        // A spelling variant counts next to a word that matched exactly; alone only for long words
        // (Chernomorneftegaz / Chornomornaftogaz), never for short ones (Raynor / IRANAIR, Intranet / INTERNET).
        var matchedDistinctive = exactDistinctive
            + Assign(query, listed, pairOfQuery, scores, usedL, fuzzy: true, exactDistinctive > 0 ? MinFuzzyLength : MinLoneFuzzyLength);

        // One distinctive word is thin evidence: then every word counts the same, so the words of the listed name the
        // registrant left out ("WOLF HOLDING" for "Wolff") cost what they are worth in the name.
        Func<OrganisationName, int, bool, double> weight = exactDistinctive >= 2
            ? (name, index, _) => name.Generic[index] ? GenericWeight : weightOf(name.Skeletons[index])
            : (name, index, paired) => !paired && !name.Generic[index] && (listedExtraCounts || ReferenceEquals(name, query)) ? ExtraDistinctiveWeight : 1.0;
        double matched = 0, queryTotal = 0, listedTotal = 0;
        var queryExtraDistinctive = 0;
        var matchedCount = 0;
        for (var i = 0; i < n; i++)
        {
            var j = pairOfQuery[i];
            if (j >= 0)
            {
                matchedCount++;
                matched += weight(listed, j, true) * scores[i].Similarity;
                queryTotal += weight(listed, j, true);
                tokens?.Add(new TokenMatch(query.Originals[i], listed.Originals[j], Relation(query.Originals[i], listed.Originals[j], scores[i]), Math.Round(scores[i].Similarity, 3), 0, scores[i].Relation == TokenRelation.Exact ? "exact" : "spelling variant"));
            }
            else
            {
                queryTotal += weight(query, i, false);
                queryExtraDistinctive += query.Generic[i] ? 0 : 1;
            }
        }

        var listedDistinctive = 0;
        for (var j = 0; j < m; j++)
        {
            listedTotal += weight(listed, j, usedL[j]);
            listedDistinctive += listed.Generic[j] ? 0 : 1;
        }

        return new WordOverlap(matched, queryTotal, listedTotal, exactDistinctive, matchedDistinctive, queryExtraDistinctive, listedDistinctive, matchedCount == m);
    }

    /// <summary>Pairs free words greedily, best first; returns how many distinctive listed words it paired.</summary>
    private static int Assign(OrganisationName query, OrganisationName listed, int[] pairOfQuery, TokenScore[] scores, bool[] usedL, bool fuzzy, int minLength)
    {
        var pairs = new List<(int I, int J, TokenScore S)>();
        for (var i = 0; i < query.Skeletons.Length; i++)
        {
            for (var j = 0; j < listed.Skeletons.Length; j++)
            {
                if (pairOfQuery[i] < 0 && !usedL[j] && Pair(query, i, listed, j, fuzzy, minLength) is { Accepted: true } s)
                {
                    pairs.Add((i, j, s));
                }
            }
        }

        pairs.Sort((x, y) => y.S.Similarity.CompareTo(x.S.Similarity) is var c && c != 0 ? c
            : string.CompareOrdinal(query.Skeletons[x.I], query.Skeletons[y.I]) is var d && d != 0 ? d
            : string.CompareOrdinal(listed.Skeletons[x.J], listed.Skeletons[y.J]));
        var distinctive = 0;
        foreach (var (i, j, s) in pairs)
        {
            if (pairOfQuery[i] >= 0 || usedL[j])
            {
                continue;
            }

            pairOfQuery[i] = j;
            scores[i] = s;
            usedL[j] = true;
            distinctive += listed.Generic[j] ? 0 : 1;
        }

        return distinctive;
    }

    /// <summary>
    /// Exact pass: the same skeleton in the same script family (a Latin word and an Arabic-script word share only
    /// consonants, so their equal skeletons are a spelling variant). Fuzzy pass: two long, distinctive, close words.
    /// </summary>
    private static TokenScore Pair(OrganisationName query, int i, OrganisationName listed, int j, bool fuzzy, int minLength)
    {
        var a = query.Skeletons[i];
        var b = listed.Skeletons[j];
        var sameScript = IsArabic(query.Originals[i]) == IsArabic(listed.Originals[j]);
        if (!fuzzy)
        {
            return sameScript && string.Equals(a, b, StringComparison.Ordinal) ? new TokenScore(1.0, TokenRelation.Exact, true) : TokenScore.None;
        }

        if (query.Generic[i] || listed.Generic[j] || Math.Min(a.Length, b.Length) < minLength)
        {
            return TokenScore.None;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return new TokenScore(TokenComparer.SameSkeletonScore, TokenRelation.Transliteration, true);
        }

        var s = TokenComparer.CompareSpelling(a, b);
        return s.Accepted && s.Similarity >= MinFuzzySimilarity ? s : TokenScore.None;
    }

    private static bool IsArabic(string word)
    {
        foreach (var c in word)
        {
            if (Text.ArabicSkeleton.IsArabic(c))
            {
                return true;
            }
        }

        return false;
    }

    private static TokenRelation Relation(string q, string l, TokenScore s) =>
        s.Relation == TokenRelation.Exact && !string.Equals(q, l, StringComparison.OrdinalIgnoreCase) ? TokenRelation.Transliteration : s.Relation;
}
