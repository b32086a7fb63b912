using Vetting.Matching.Names;

namespace Vetting.Matching.Scoring;

/// <summary>Builds the per-token evidence and the one-line explanation of a name match.</summary>
internal static class Explanations
{
    public static List<TokenMatch> Tokens(
        ReadOnlySpan<NameToken> query,
        ReadOnlySpan<NameToken> listed,
        ReadOnlySpan<TokenRole> roles,
        ReadOnlySpan<TokenScore> matrix,
        ReadOnlySpan<int> pairOfList,
        ReadOnlySpan<bool> queryUsed,
        double denominator)
    {
        var m = listed.Length;
        var result = new List<TokenMatch>(m + 2);
        for (var j = 0; j < m; j++)
        {
            var weight = ScoringWeights.Of(roles[j], listed[j].Traits);
            if (pairOfList[j] >= 0)
            {
                var q = query[pairOfList[j]];
                var s = matrix[(pairOfList[j] * m) + j];
                var contribution = denominator > 0 ? weight * s.Similarity / denominator : 0;
                result.Add(new TokenMatch(q.Original, listed[j].Original, s.Relation, Round(s.Similarity), Round(contribution), Note(s, q, listed[j])));
            }
            else if (roles[j] != TokenRole.Particle)
            {
                result.Add(new TokenMatch(string.Empty, listed[j].Original, TokenRelation.Missing, 0, 0, MissingNote(roles[j])));
            }
        }

        for (var i = 0; i < query.Length; i++)
        {
            if (!queryUsed[i] && query[i].IsSignificant)
            {
                result.Add(new TokenMatch(query[i].Original, string.Empty, TokenRelation.Extra, 0, 0, "not in the list name"));
            }
        }

        return result;
    }

    /// <summary>Joins token evidence into one sentence, adding the verdict when a rule capped the score.</summary>
    public static string Sentence(IReadOnlyList<TokenMatch> tokens, string? verdict)
    {
        var text = string.Join("; ", tokens.Select(t => t.ToString()));
        return verdict is null ? text : text.Length == 0 ? verdict : text + " (" + verdict + ")";
    }

    public static string Note(TokenScore score, NameToken query, NameToken listed) => score.Relation switch
    {
        TokenRelation.Exact => "exact",
        TokenRelation.Transliteration when query.Skeleton == listed.Skeleton => "same name, another transliteration",
        TokenRelation.Transliteration => "transliteration variant",
        TokenRelation.Cognate when score.QueryForm == score.ListForm => "variant of the same name",
        TokenRelation.Cognate => FormName(score.QueryForm) + " form of the same name",
        TokenRelation.Diminutive when score.QueryForm == GivenNameForm.Diminutive => "diminutive of the same name",
        TokenRelation.Diminutive => "full form of the diminutive",
        TokenRelation.GenderForm when (query.Traits & TokenTraits.FeminineForm) != 0 => "feminine form of the same family name",
        TokenRelation.GenderForm => "masculine form of the same family name",
        TokenRelation.Initial => "initial",
        TokenRelation.Typo => "small spelling difference",
        _ => "different",
    };

    private static string FormName(GivenNameForm form) => form switch
    {
        GivenNameForm.Ukrainian => "Ukrainian",
        GivenNameForm.Belarusian => "Belarusian",
        GivenNameForm.Western => "Western",
        GivenNameForm.Diminutive => "familiar",
        _ => "Russian",
    };

    private static string MissingNote(TokenRole role) => role switch
    {
        TokenRole.Patronymic => "patronymic not given",
        TokenRole.Middle => "middle name not given",
        TokenRole.Given => "given name not matched",
        TokenRole.Family => "family name not matched",
        _ => "not matched",
    };

    private static double Round(double value) => Math.Round(value, 3);
}
