using Vetting.Matching.Names;
using Vetting.Matching.Organisations;
using Vetting.Matching.Scoring;

namespace Vetting.Matching;

/// <summary>
/// Compares two names directly, without an index (the <c>compare</c> command and the golden-pair tests).
/// The score is symmetric and does not depend on token order.
/// </summary>
public static class NameComparer
{
    /// <summary>Compares two names of the given kind.</summary>
    /// <exception cref="ArgumentException">A name is longer than <see cref="MatchPolicy.MaxFieldLength"/>.</exception>
    public static NameComparison Compare(string a, string b, PartyKind kind, MatchPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        InputGuard.CheckLength(a, nameof(a), policy);
        InputGuard.CheckLength(b, nameof(b), policy);

        return kind is PartyKind.Organisation or PartyKind.Vessel or PartyKind.Aircraft or PartyKind.Domain
            ? CompareOrganisations(a, b, policy)
            : ComparePersons(a, b, policy);
    }

    private static NameComparison ComparePersons(string a, string b, MatchPolicy policy)
    {
        var left = NameParser.ParseQuery(a);
        var right = NameParser.ParseQuery(b);
        var forward = ScoreDirected(left, right);
        var backward = ScoreDirected(right, left);
        var best = backward.Score > forward.Score ? backward : forward;
        var decision = DecisionRules.ForName(best, best.SignificantTokens, policy, reviewOnly: false, weak: false);
        return new NameComparison(Math.Round(best.Score, 4), decision, Explanations.Sentence(best.Tokens, best.Verdict), best.Tokens);
    }

    internal static NameScore ScoreDirected(ParsedName query, ParsedName listed)
    {
        var q = query.Tokens;
        var l = listed.Tokens;
        var matrix = new TokenScore[q.Length * l.Length];
        for (var i = 0; i < q.Length; i++)
        {
            for (var j = 0; j < l.Length; j++)
            {
                matrix[(i * l.Length) + j] = TokenComparer.Compare(q[i], l[j]);
            }
        }

        var roles = l.Select(t => t.Role).ToArray();
        return PersonNameScorer.Score(q, l, roles, matrix, explain: true);
    }

    private static NameComparison CompareOrganisations(string a, string b, MatchPolicy policy)
    {
        var left = OrganisationName.Parse(a);
        var right = OrganisationName.Parse(b);
        var tokens = new List<TokenMatch>();
        var score = Math.Round(OrganisationScorer.Symmetric(left, right, tokens), 4);
        var decision = DecisionRules.ForOrganisation(score, policy, reviewOnly: false);
        var text = tokens.Count == 0 ? "no words in common" : string.Join("; ", tokens.Select(t => t.ToString()));
        return new NameComparison(score, decision, text, tokens);
    }
}
