using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vetting.Matching.Text;

namespace Vetting.Matching.Tests.Properties;

[Properties(Arbitrary = [typeof(NameArbitraries)], MaxTest = 300)]
public sealed class MatchingProperties
{
    [Property]
    public bool Normalize_Twice_ChangesNothing(string text)
    {
        var once = NameNormalizer.Normalize(text);
        return NameNormalizer.Normalize(once) == once;
    }

    [Property]
    public bool Compare_SameName_ScoresOne(NameTokens name) =>
        NameComparer.Compare(name.Text, name.Text, PartyKind.Person, MatchPolicy.Default).Score == 1.0;

    [Property]
    public bool Compare_SameOrganisation_ScoresOne(NameTokens name) =>
        NameComparer.Compare(name.Text, name.Text, PartyKind.Organisation, MatchPolicy.Default).Score is 1.0 or 0.0;

    [Property]
    public bool Compare_Swapped_IsSymmetric(NameTokens a, NameTokens b) =>
        NameComparer.Compare(a.Text, b.Text, PartyKind.Person, MatchPolicy.Default).Score
        == NameComparer.Compare(b.Text, a.Text, PartyKind.Person, MatchPolicy.Default).Score;

    [Property]
    public Property Compare_TokenOrder_DoesNotChangeTheScore(NameTokens a, NameTokens b, int seed)
    {
        var shuffled = a.Tokens.OrderBy(t => HashCode.Combine(t, seed)).ToArray();
        var original = NameComparer.Compare(a.Text, b.Text, PartyKind.Person, MatchPolicy.Default).Score;
        var reordered = NameComparer.Compare(string.Join(' ', shuffled), b.Text, PartyKind.Person, MatchPolicy.Default).Score;
        return (Math.Abs(original - reordered) < 1e-9).Label($"{a} → {string.Join(' ', shuffled)} vs {b}: {original} ≠ {reordered}");
    }

    [Property]
    public bool Compare_Score_IsBetweenZeroAndOne(NameTokens a, NameTokens b)
    {
        var score = NameComparer.Compare(a.Text, b.Text, PartyKind.Person, MatchPolicy.Default).Score;
        return score is >= 0 and <= 1;
    }
}
